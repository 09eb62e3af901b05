#pragma once

#include "api/environment.h"
#include "migration/phaseplan.h"
#include "records/schema.h"
#include "settings/consolesettings.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QCheckBox;
class QSpinBox;
class QTableWidget;

namespace Peere::Ui {

// What the user chose on the Plan page, before anything is sent.
struct MigrationPlan
{
    Environment::Kind environment = Environment::Kind::EmbeddedSandbox;
    RecordKind kind = RecordKind::Customers;
    int batchSize = 500;
    int batchesInFlight = 2;
    int batchesPerMinute = 10;
    int gatePercent = 95;
    // A manager signs off the next phase after the pilot and after expand, even when the gate
    // passed (the migration guide's phased roll-out); off: the run stops only below the gate.
    bool signOffEachPhase = true;
};

// Plan: the environment (live in a warning colour, unlocked only by typing LIVE), the kind,
// batch size, batches in flight, pacing and the gate, with a preview of the phases (records,
// batches, estimated time at the chosen pace) computed by PhasePlan.
class PlanPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlanPage(QWidget *parent = nullptr);

    // The word to type before a live migration can start; the same in every language, so that
    // the confirmation is never a translation away from the documentation.
    static QString liveConfirmationWord() { return QStringLiteral("LIVE"); }

    MigrationPlan plan() const;
    void setPlan(const MigrationPlan &plan);
    void setDefaults(const PlanDefaults &defaults);
    void setValidRecordCount(qint64 count);
    qint64 validRecordCount() const { return m_validRecords; }

    // Ready: records to send, and for live, the typed confirmation.
    bool isReady() const;
    bool isLiveConfirmed() const;
    const PhasePlan &preview() const { return m_preview; }

    static QString formatDuration(qint64 milliseconds);

signals:
    void environmentChanged(Peere::Environment::Kind kind);
    void startRequested(const Peere::Ui::MigrationPlan &plan);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onEnvironmentChanged();
    void onKindChanged();
    void updatePreview();
    void updateReadiness();

    QComboBox *m_environment;
    QComboBox *m_kind;
    QSpinBox *m_batchSize;
    QSpinBox *m_inFlight;
    QSpinBox *m_perMinute;
    QSpinBox *m_gate;
    QCheckBox *m_signOff;
    QFormLayout *m_form;
    QLabel *m_title;
    QLabel *m_records;
    QLabel *m_paceWarning;
    QFrame *m_liveFrame;
    QLabel *m_liveText;
    QLineEdit *m_liveConfirmation;
    QLabel *m_previewTitle;
    QTableWidget *m_table;
    QLabel *m_total;
    QLabel *m_problem;
    QPushButton *m_start;
    PlanDefaults m_defaults;
    PhasePlan m_preview;
    qint64 m_validRecords = 0;
};

} // namespace Peere::Ui
