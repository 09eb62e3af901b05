#pragma once

#include "migration/failurelist.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Peere::Ui {

// The choices of a failure list export: which failures (phase, batch, cause), whether account and
// phone numbers are masked, and the file (CSV, or JSON for a .json name). The same export as
// `peere-migrate failures`.
class FailureExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `causes`: offered in the cause list (the groups' causes); any other may be typed.
    FailureExportDialog(const QStringList &causes, const QString &suggestedPath,
                        QWidget *parent = nullptr);

    FailureList::Options options() const;
    QString path() const;

    QComboBox *phaseCombo() const { return m_phase; }
    QSpinBox *batchSpin() const { return m_batch; }
    QComboBox *causeCombo() const { return m_cause; }
    QCheckBox *maskCheck() const { return m_mask; }
    QLineEdit *pathEdit() const { return m_path; }

private:
    void browse();

    QComboBox *m_phase;
    QSpinBox *m_batch;
    QComboBox *m_cause;
    QCheckBox *m_mask;
    QLineEdit *m_path;
};

} // namespace Peere::Ui
