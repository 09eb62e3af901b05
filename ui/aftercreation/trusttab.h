#pragma once

#include "api/apiclient.h"
#include "common/result.h"
#include "migration/trustapplier.h"
#include "migration/trustplan.h"
#include "migration/trustrules.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace Peere {
class Journal;
}

namespace Peere::Ui {

// After creation › Trust levels (issue 7): where each merchant's level comes from (the source's
// level column, or thresholds on a column the user picks, or a rules file), a preview of how many
// merchants get each level, then applying it (PATCH and validate, paced) with progress, pause,
// cancel and the merchants that failed. The plan is built off the GUI thread; the applier runs
// on the GUI thread (at most 100 small calls a minute).
class TrustTab : public QWidget
{
    Q_OBJECT

public:
    // How to reach the server: gives the client options (base URL, provider key) to `done`, or
    // a failure to show. Called when the user applies.
    using ConnectionProvider = std::function<void(
        QObject *context, std::function<void(const Result<ApiClientOptions> &)> done)>;

    explicit TrustTab(QWidget *parent = nullptr);
    ~TrustTab() override;

    // The migration's journal (merchants); reads its source file's columns and its last rules.
    void setJournalPath(const QString &path);
    void setConnectionProvider(ConnectionProvider provider) { m_connection = std::move(provider); }

    // The source file the levels are read from (the journal's by default).
    void setSourcePath(const QString &path);
    TrustRules rules() const;
    void setRules(const TrustRules &rules);

    bool hasPreview() const { return m_hasPreview; }
    const TrustPlan::Preview &preview() const { return m_plan.preview; }
    bool isApplying() const { return m_applier != nullptr; }

    void requestPreview();
    void apply();
    void pauseOrResume();
    void cancel();

signals:
    void previewed();
    void applyFinished(Peere::TrustApplier::Outcome outcome, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadColumns();
    void updateModeWidgets();
    void invalidatePreview();
    void showPreview(const Result<TrustPlan> &plan);
    void startApplying(const ApiClientOptions &options);
    void finishApplying(TrustApplier::Outcome outcome, const QString &message);
    void showResults();
    void updateButtons();
    void loadRulesFile();
    void saveRulesFile();
    void showProblem(const QString &text);

    QString m_journalPath;
    bool m_merchants = false; // the journal holds merchants: trust levels apply
    QString m_sourcePath;     // the source file whose columns are loaded
    ConnectionProvider m_connection;
    TrustRules m_rules; // the per-level flags of a loaded rules file are kept
    TrustPlan m_plan;
    bool m_hasPreview = false;
    QFutureWatcher<Result<TrustPlan>> m_previewWatcher;

    std::unique_ptr<Journal> m_journal;         // writable, while applying
    std::unique_ptr<ApiClient> m_client;        // while applying
    std::unique_ptr<TrustApplier> m_applier;    // while applying

    QLabel *m_title;
    QLabel *m_intro;
    QLabel *m_sourceLabel;
    QLineEdit *m_source;
    QPushButton *m_browse;
    QRadioButton *m_byLevel;
    QComboBox *m_levelColumn;
    QRadioButton *m_byThresholds;
    QComboBox *m_amountColumn;
    QLabel *m_enhancedLabel;
    QDoubleSpinBox *m_enhancedFrom;
    QLabel *m_premiumLabel;
    QDoubleSpinBox *m_premiumFrom;
    QLabel *m_defaultLabel;
    QComboBox *m_defaultLevel;
    QPushButton *m_loadRules;
    QPushButton *m_saveRules;
    QPushButton *m_previewButton;
    QTableWidget *m_counts;
    QLabel *m_summary;
    QPushButton *m_applyButton;
    QPushButton *m_pauseButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_result;
    QTableWidget *m_failures;
    QLabel *m_problem;
};

} // namespace Peere::Ui
