#include "phaseprogresspanel.h"

#include "metrics/phasemetricsmodel.h"
#include "semanticcolors.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

PhaseProgressPanel::PhaseProgressPanel(QWidget *parent)
    : QWidget(parent)
    , m_overallTitle(new QLabel)
    , m_overall(new QProgressBar)
    , m_overallText(new QLabel)
{
    QFont bold = m_overallTitle->font();
    bold.setBold(true);
    m_overallTitle->setFont(bold);
    m_overall->setObjectName(u"runOverallProgress"_s);
    m_overallText->setObjectName(u"runOverallText"_s);
    m_overallText->setWordWrap(true);

    auto grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    for (int i = 0; i < phaseCount; ++i) {
        Row &row = m_rows[size_t(i)];
        const QString id = phaseName(Phase(i));
        row.title = new QLabel;
        row.bar = new QProgressBar;
        row.bar->setObjectName(u"runPhaseProgress-"_s + id);
        row.figures = new QLabel;
        row.figures->setObjectName(u"runPhaseFigures-"_s + id);
        row.status = new QLabel;
        row.status->setObjectName(u"runPhaseStatus-"_s + id);
        row.title->setBuddy(row.bar);
        grid->addWidget(row.title, i, 0);
        grid->addWidget(row.bar, i, 1);
        grid->addWidget(row.figures, i, 2);
        grid->addWidget(row.status, i, 3);
    }
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_overallTitle);
    layout->addWidget(m_overall);
    layout->addWidget(m_overallText);
    layout->addLayout(grid);
    retranslate();
    for (const Row &row : m_rows)
        setBar(row.bar, 0, 0);
    setBar(m_overall, 0, 0);
}

QString PhaseProgressPanel::phaseHeading(Phase phase)
{
    switch (phase) {
    case Phase::Pilot: return tr("Pilot (10%)");
    case Phase::Expand: return tr("Expand (to 50%)");
    case Phase::Complete: return tr("Complete (the rest)");
    case Phase::Verify: return tr("Verify (every record)");
    }
    return {};
}

QString PhaseProgressPanel::statusText(PhaseStatus status)
{
    switch (status) {
    case PhaseStatus::Pending: return tr("Not started");
    case PhaseStatus::Running: return tr("Running");
    case PhaseStatus::AwaitingDecision: return tr("Waiting for a decision");
    case PhaseStatus::Done: return tr("Done");
    case PhaseStatus::Stopped: return tr("Stopped at the gate");
    }
    return {};
}

QString PhaseProgressPanel::decisionText(const PhaseDecision &decision)
{
    const QString at = QLocale().toString(decision.decidedAt.toLocalTime(), QLocale::ShortFormat);
    if (decision.decision == "approved"_L1)
        return tr("Gate approved by %1 on %2").arg(decision.decidedBy, at);
    if (decision.decision == "stopped"_L1)
        return tr("Stopped by %1 on %2").arg(decision.decidedBy, at);
    return {};
}

void PhaseProgressPanel::setBar(QProgressBar *bar, qint64 done, qint64 total)
{
    // Per mille, so that counts beyond an int fit; the text says the real figures.
    bar->setRange(0, 1000);
    bar->setValue(total > 0 ? int(std::min<qint64>(1000, done * 1000 / total)) : 0);
    const QLocale locale;
    bar->setFormat(tr("%1 of %2").arg(locale.toString(done), locale.toString(total)));
}

void PhaseProgressPanel::showProgress(const RunSession &session)
{
    m_session = &session;
    const JournalCounts &all = session.counts();
    const qint64 valid = all.records - all.invalid;
    const qint64 decided = all.migrated + all.failed + all.mismatch;
    setBar(m_overall, decided, valid);
    const QLocale locale;
    m_overallText->setText(
        tr("%1 of %2 valid records have their fate: %3 migrated (%4 verified), %5 failed, %6 in "
           "flight or being looked up, %7 not sent yet. %8 invalid records are not sent.")
            .arg(locale.toString(decided), locale.toString(valid), locale.toString(all.migrated),
                 locale.toString(all.verified), locale.toString(all.failed),
                 locale.toString(all.inFlight + all.unknown), locale.toString(all.pending),
                 locale.toString(all.invalid)));
    for (int i = 0; i < phaseCount; ++i) {
        const Phase phase = Phase(i);
        const PhaseProgress &progress = session.phase(phase);
        Row &row = m_rows[size_t(i)];
        qint64 done = progress.done();
        qint64 members = progress.members();
        if (phase == Phase::Verify) {
            // Every record on the server is looked up again: the valid ones not refused.
            done = progress.counts.verified + progress.counts.mismatch;
            members = progress.counts.records - progress.counts.invalid - progress.counts.failed;
        }
        setBar(row.bar, done, members);
        row.figures->setText(phase == Phase::Verify
                                 ? tr("%1 verified, %2 not found")
                                       .arg(locale.toString(progress.counts.verified),
                                            locale.toString(progress.counts.mismatch))
                                 : tr("%1 migrated, %2 failed")
                                       .arg(locale.toString(progress.counts.migrated),
                                            locale.toString(progress.counts.failed)));
        const QString decision = decisionText(progress.decision);
        row.status->setText(decision.isEmpty() ? statusText(progress.status) : decision);
        row.status->setToolTip(statusText(progress.status));
        Semantic tone = Semantic::Neutral;
        if (progress.status == PhaseStatus::Done)
            tone = Semantic::Ok;
        else if (progress.status == PhaseStatus::AwaitingDecision
                 || progress.status == PhaseStatus::Stopped)
            tone = Semantic::Warning;
        setSemanticForeground(row.status, tone);
    }
}

QString PhaseProgressPanel::overallText() const
{
    return m_overall->text() + u"\n"_s + m_overallText->text();
}

QString PhaseProgressPanel::phaseText(Phase phase) const
{
    const Row &row = m_rows[size_t(phase)];
    return row.bar->text() + u" | "_s + row.figures->text() + u" | "_s + row.status->text();
}

void PhaseProgressPanel::retranslate()
{
    m_overallTitle->setText(tr("Progress"));
    m_overall->setAccessibleName(tr("Progress of the whole migration"));
    for (int i = 0; i < phaseCount; ++i) {
        const Row &row = m_rows[size_t(i)];
        row.title->setText(phaseHeading(Phase(i)));
        row.bar->setAccessibleName(tr("Progress of the %1 phase")
                                       .arg(PhaseMetricsModel::phaseTitle(Phase(i))));
    }
    if (m_session)
        showProgress(*m_session);
}

void PhaseProgressPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Peere::Ui
