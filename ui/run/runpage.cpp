#include "runpage.h"

#include "batchlogdelegate.h"
#include "gatepanel.h"
#include "metrics/phasemetricsmodel.h"
#include "phaseprogresspanel.h"
#include "runcontrols.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

RunPage::RunPage(QWidget *parent)
    : QWidget(parent)
    , m_session(new RunSession(this))
    , m_title(new QLabel)
    , m_intro(new QLabel)
    , m_status(new QLabel)
    , m_error(new QLabel)
    , m_notice(new QLabel)
    , m_controls(new RunControls)
    , m_progress(new PhaseProgressPanel)
    , m_gate(new GatePanel)
    , m_logTitle(new QLabel)
    , m_log(new QTableView)
{
    setObjectName(u"runPage"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    m_status->setObjectName(u"runStatus"_s);
    m_error->setObjectName(u"runError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_notice->setObjectName(u"runNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_gate->hide();
    QFont bold = m_logTitle->font();
    bold.setBold(true);
    m_logTitle->setFont(bold);

    m_log->setObjectName(u"runBatchLog"_s);
    m_log->setModel(m_session->log());
    m_log->setItemDelegate(new BatchLogDelegate(m_log));
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->setAlternatingRowColors(true);
    m_log->verticalHeader()->hide();
    m_log->verticalHeader()->setDefaultSectionSize(m_log->fontMetrics().height() + 6);
    m_log->horizontalHeader()->setStretchLastSection(true);
    m_log->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Sized by the rows in view: a long log costs nothing more per batch.
    m_log->horizontalHeader()->setResizeContentsPrecision(0);
    m_log->horizontalHeader()->setSectionResizeMode(BatchLogModel::Message, QHeaderView::Stretch);
    m_log->setMinimumHeight(160);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_controls);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_notice);
    layout->addWidget(m_gate);
    layout->addWidget(m_progress);
    layout->addWidget(m_logTitle);
    layout->addWidget(m_log, 1);

    connect(m_controls, &RunControls::startRequested, this, &RunPage::startRequested);
    connect(m_controls, &RunControls::pauseRequested, m_session, &RunSession::pause);
    connect(m_controls, &RunControls::resumeRequested, m_session, &RunSession::resume);
    connect(m_controls, &RunControls::cancelRequested, m_session, &RunSession::cancel);
    connect(m_gate, &GatePanel::approveRequested, m_session, &RunSession::approve);
    connect(m_gate, &GatePanel::stopRequested, m_session, &RunSession::stop);
    connect(m_session, &RunSession::startNeeded, this, &RunPage::startRequested);
    connect(m_session, &RunSession::stateChanged, this, &RunPage::refresh);
    connect(m_session, &RunSession::progressChanged, this, &RunPage::refresh);
    connect(m_session, &RunSession::gateChanged, this, &RunPage::refresh);
    connect(m_session, &RunSession::errorChanged, this, &RunPage::showError);
    connect(m_session, &RunSession::noticeChanged, this, &RunPage::showNotice);
    // Follow the newest batch, unless the user scrolled up to read an older one.
    connect(m_session->log(), &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_log->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 1)
            // Once the view has laid the new rows out.
            QTimer::singleShot(0, m_log, &QTableView::scrollToBottom);
    });
    retranslate();
}

void RunPage::refresh()
{
    const RunnerState state = m_session->state();
    const bool running = m_session->isRunning();
    m_controls->setState(state, running, m_session->isPreparing(),
                         state != RunnerState::Finished);
    m_status->setText(statusText());
    m_progress->showProgress(*m_session);
    if (const auto &gate = m_session->pendingGate(); gate) {
        m_gate->showGate(*gate);
        m_gate->show();
    } else {
        m_gate->hide();
    }
    updateSummary();
}

QString RunPage::statusText() const
{
    const QString phase = PhaseMetricsModel::phaseTitle(m_session->currentPhase());
    if (m_session->isPreparing())
        return tr("Bringing the records into the journal…");
    switch (m_session->state()) {
    case RunnerState::Idle:
        return m_session->hasRecords() ? tr("Ready: Start goes on where the journal stopped.")
                                       : tr("Not started.");
    case RunnerState::Running: return tr("Running the %1 phase.").arg(phase);
    case RunnerState::Paused: return tr("Paused in the %1 phase.").arg(phase);
    case RunnerState::AwaitingDecision:
        if (const auto &gate = m_session->pendingGate(); gate && gate->figures.passed)
            return tr("The %1 phase passed its gate: waiting for a manager to sign off the next "
                      "phase.").arg(phase);
        return tr("Waiting for a decision at the gate after the %1 phase.").arg(phase);
    case RunnerState::Finished: return tr("Finished: every phase is done.");
    case RunnerState::Stopped: return tr("Stopped at the gate after the %1 phase.").arg(phase);
    case RunnerState::Failed: return tr("The run stopped on an error; nothing was lost.");
    case RunnerState::Cancelled: return tr("Cancelled. Start goes on where it stopped.");
    }
    return {};
}

QString RunPage::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void RunPage::updateSummary()
{
    const JournalCounts &c = m_session->counts();
    const QLocale locale;
    const QString done = locale.toString(c.migrated + c.failed + c.mismatch);
    const QString valid = locale.toString(c.records - c.invalid);
    QString text;
    Semantic tone = Semantic::Neutral;
    switch (m_session->state()) {
    case RunnerState::Idle:
        if (m_session->isPreparing())
            text = tr("Preparing");
        else if (c.records > 0)
            text = tr("%1 of %2 done").arg(done, valid);
        break;
    case RunnerState::Running:
        text = tr("%1: %2 of %3 done")
                   .arg(PhaseMetricsModel::phaseTitle(m_session->currentPhase()), done, valid);
        break;
    case RunnerState::Paused: text = tr("Paused: %1 of %2 done").arg(done, valid); break;
    case RunnerState::AwaitingDecision:
        if (const auto &gate = m_session->pendingGate(); gate && gate->figures.passed) {
            text = tr("Waiting for a sign-off");
        } else {
            text = tr("Waiting for a decision");
            tone = Semantic::Warning;
        }
        break;
    case RunnerState::Finished:
        text = tr("Done: %1 migrated, %2 failed")
                   .arg(locale.toString(c.migrated), locale.toString(c.failed));
        tone = c.failed > 0 || c.mismatch > 0 ? Semantic::Warning : Semantic::Ok;
        break;
    case RunnerState::Stopped:
        text = tr("Stopped at a gate");
        tone = Semantic::Warning;
        break;
    case RunnerState::Failed:
        text = tr("Stopped on an error");
        tone = Semantic::Error;
        break;
    case RunnerState::Cancelled: text = tr("Cancelled: %1 of %2 done").arg(done, valid); break;
    }
    if (text == m_summary && tone == m_summaryTone)
        return;
    m_summary = text;
    m_summaryTone = tone;
    emit summaryChanged(text, tone);
}

void RunPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    setSemanticForeground(m_error, Semantic::Error);
    refresh();
}

void RunPage::showNotice(const QString &notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    setSemanticForeground(m_notice, Semantic::Warning);
}

void RunPage::retranslate()
{
    m_title->setText(tr("Run"));
    m_intro->setText(tr("Sends the records in phases: a 10% pilot, then up to 50%, then the rest, "
                        "then a check of every record on the server. After each phase the gate "
                        "compares its success rate with the plan's; below it, and after the pilot "
                        "and expand when the plan asks for a sign-off, the migration waits for a "
                        "manager's decision."));
    m_logTitle->setText(tr("Batches"));
    m_log->setAccessibleName(tr("Log of the batches sent"));
    emit m_session->log()->headerDataChanged(Qt::Horizontal, 0, BatchLogModel::ColumnCount - 1);
    refresh();
}

void RunPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Peere::Ui
