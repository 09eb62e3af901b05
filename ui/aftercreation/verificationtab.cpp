#include "verificationtab.h"

#include "journal/journal.h"
#include "metrics/verificationmodel.h"
#include "migration/runnerhost.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

VerificationTab::VerificationTab(QWidget *parent)
    : QWidget(parent)
    , m_model(new VerificationModel(this))
    , m_summary(new QLabel)
    , m_error(new QLabel)
    , m_verifyAgain(new QPushButton(tr("Verify again")))
    , m_table(new QTableView)
{
    m_summary->setObjectName(u"verificationSummary"_s);
    m_summary->setWordWrap(true);
    m_error->setObjectName(u"verificationError"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    auto refreshButton = new QPushButton(tr("Refresh"));
    refreshButton->setObjectName(u"verificationRefresh"_s);
    connect(refreshButton, &QPushButton::clicked, this, &VerificationTab::refresh);
    m_verifyAgain->setObjectName(u"verifyAgain"_s);
    m_verifyAgain->setToolTip(tr("Compare every migrated record with the server once more, "
                                 "e.g. after setting the merchants' trust levels."));
    connect(m_verifyAgain, &QPushButton::clicked, this, &VerificationTab::verifyAgain);
    m_table->setObjectName(u"mismatchTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_verifyAgain);
    top->addWidget(refreshButton);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(new QLabel(tr("Records that differ on the server or were not found:")));
    layout->addWidget(m_table, 1);
    refresh();
}

VerificationTab::~VerificationTab() = default;

void VerificationTab::setJournalPath(const QString &path)
{
    m_path = path;
    refresh();
}

void VerificationTab::setClientOptionsProvider(ClientOptionsProvider provider)
{
    m_provider = std::move(provider);
    updateButtons();
}

void VerificationTab::refresh()
{
    if (!isVerifying())
        m_error->hide();
    m_kind.reset();
    if (m_path.isEmpty()) {
        m_model->clear();
        m_summary->setText(tr("Open a migration to see what its verification found."));
        updateButtons();
        return;
    }
    const auto journal = Journal::open(m_path, Journal::OpenMode::ReadOnly);
    VoidResult loaded = journal ? m_model->load(**journal) : VoidResult(Failure{journal.error()});
    if (journal)
        m_kind = (*journal)->kind();
    if (!loaded) {
        m_model->clear();
        showError(loaded.error());
    }
    const VerificationModel::Counts c = m_model->counts();
    const QLocale locale;
    m_summary->setText(tr("Verified: %1 · Mismatch: %2 · Not found: %3 · Still to verify: %4")
                           .arg(locale.toString(c.verified),
                                locale.toString(c.mismatch),
                                locale.toString(c.notFound),
                                locale.toString(c.toVerify)));
    m_table->resizeColumnToContents(VerificationModel::RowColumn);
    updateButtons();
}

bool VerificationTab::isVerifying() const
{
    return m_asking || (m_host && m_host->isActive());
}

void VerificationTab::verifyAgain()
{
    if (isVerifying() || !m_kind || !m_provider)
        return;
    m_error->hide();
    m_asking = true;
    updateButtons();
    m_provider(*m_kind, this, [this](const Result<ApiClientOptions> &options) {
        m_asking = false;
        if (!options) {
            showError(options.error());
            updateButtons();
            return;
        }
        startVerifying(*options);
    });
}

void VerificationTab::startVerifying(const ApiClientOptions &options)
{
    m_host = std::make_unique<RunnerHost>();
    // The host keeps the journal open (locked) until it goes: it goes when the run ends, so
    // that the Run page and the other tabs can write the journal again.
    const auto ended = [this](RunnerState state, const QString &message) {
        m_host.release()->deleteLater();
        refresh();
        if (state != RunnerState::Finished)
            showError(message);
        emit verificationFinished(state, message);
    };
    connect(m_host.get(), &RunnerHost::failedToStart, this,
            [ended](const QString &message) { ended(RunnerState::Failed, message); });
    connect(m_host.get(), &RunnerHost::progressChanged, this, &VerificationTab::refresh);
    connect(m_host.get(), &RunnerHost::finished, this, ended);
    RunnerOptions runner;
    runner.verifyAgain = true;
    m_host->start(m_path, options, runner);
    updateButtons();
}

void VerificationTab::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void VerificationTab::updateButtons()
{
    m_verifyAgain->setEnabled(!isVerifying() && m_kind.has_value() && m_provider != nullptr);
}

QString VerificationTab::summaryText() const
{
    return m_summary->text();
}

QString VerificationTab::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace Peere::Ui
