#pragma once

#include "migration/failurelist.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Peere::Ui {

// The choices of a failure list export: which failures (phase, batch, cause), whether account and
// phone numbers are masked, and the file (CSV, or JSON for a .json name); when the migration has
// device links that failed, whether they go to a file of their own, and which. The same export as
// `peere-migrate failures [--devices-out FILE]`.
class FailureExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `causes`: offered in the cause list (the groups' causes); any other may be typed.
    // `suggestedDevicesPath`: empty when there are no device links to export (the choice is
    // hidden); otherwise they are exported there unless unchecked.
    FailureExportDialog(const QStringList &causes, const QString &suggestedPath,
                        const QString &suggestedDevicesPath = {}, QWidget *parent = nullptr);

    FailureList::Options options() const;
    QString path() const;
    // The device links' file; empty: not exported.
    QString devicesPath() const;

    QComboBox *phaseCombo() const { return m_phase; }
    QSpinBox *batchSpin() const { return m_batch; }
    QComboBox *causeCombo() const { return m_cause; }
    QCheckBox *maskCheck() const { return m_mask; }
    QLineEdit *pathEdit() const { return m_path; }
    QCheckBox *devicesCheck() const { return m_devices; }
    QLineEdit *devicesPathEdit() const { return m_devicesPath; }

private:
    void browse();

    QComboBox *m_phase;
    QSpinBox *m_batch;
    QComboBox *m_cause;
    QCheckBox *m_mask;
    QLineEdit *m_path;
    QCheckBox *m_devices;
    QLineEdit *m_devicesPath;
};

} // namespace Peere::Ui
