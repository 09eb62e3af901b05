#pragma once

#include "api/apiclient.h"
#include "common/result.h"
#include "migration/runner.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace Peere {
class RunnerHost;
class VerificationModel;
}

namespace Peere::Ui {

// After creation › Verification: what the verify phase found in the open migration (verified,
// mismatch, not found, still to verify) and every mismatch with its differences. Reads the
// journal read-only, so it can show a migration while a run writes it. "Verify again" runs the
// verify phase once more over every verified or mismatched record (after the trust step, say),
// in a worker thread (RunnerHost), with the plan's environment.
class VerificationTab : public QWidget
{
    Q_OBJECT

public:
    // How to reach the server: gives a client's options for `kind` to `done` (while `context`
    // lives), or a failure to show. Asked when the user verifies again.
    using ClientOptionsProvider = std::function<void(
        RecordKind kind, QObject *context,
        std::function<void(const Result<ApiClientOptions> &)> done)>;

    explicit VerificationTab(QWidget *parent = nullptr);
    ~VerificationTab() override;

    void setJournalPath(const QString &path);
    void setClientOptionsProvider(ClientOptionsProvider provider);
    // Reads the journal again.
    void refresh();
    // Verifies every verified or mismatched record again; verificationFinished() follows.
    void verifyAgain();
    bool isVerifying() const;

    VerificationModel *model() const { return m_model; }
    QString summaryText() const;
    QString errorText() const;

signals:
    // A "verify again" ended (finished, cancelled or failed); the journal changed.
    void verificationFinished(Peere::RunnerState state, const QString &message);

private:
    void startVerifying(const ApiClientOptions &options);
    void showError(const QString &text);
    void updateButtons();

    VerificationModel *m_model;
    QString m_path;
    std::optional<RecordKind> m_kind; // of the open migration, once read
    ClientOptionsProvider m_provider;
    std::unique_ptr<RunnerHost> m_host; // while verifying again
    bool m_asking = false;              // waiting for the client's options
    QLabel *m_summary;
    QLabel *m_error;
    QPushButton *m_verifyAgain;
    QTableView *m_table;
};

} // namespace Peere::Ui
