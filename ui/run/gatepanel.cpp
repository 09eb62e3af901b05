#include "gatepanel.h"

#include "metrics/phasemetricsmodel.h"
#include "plan/planpage.h"
#include "semanticcolors.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString nameKey = u"run/deciderName"_s;
} // namespace

GatePanel::GatePanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel)
    , m_reason(new QLabel)
    , m_explanation(new QLabel)
    , m_form(new QFormLayout)
    , m_successRate(new QLabel)
    , m_slowest(new QLabel)
    , m_counts(new QLabel)
    , m_name(new QLineEdit)
    , m_approve(new QPushButton)
    , m_stop(new QPushButton)
{
    setObjectName(u"gatePanel"_s);
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(u"gateTitle"_s);
    m_title->setWordWrap(true);
    m_reason->setObjectName(u"gateReason"_s);
    m_reason->setWordWrap(true);
    m_explanation->setWordWrap(true);
    m_successRate->setObjectName(u"gateSuccessRate"_s);
    m_slowest->setObjectName(u"gateSlowestBatch"_s);
    m_counts->setObjectName(u"gateCounts"_s);
    m_name->setObjectName(u"gateNameEdit"_s);
    m_name->setText(rememberedName());
    m_approve->setObjectName(u"gateApproveButton"_s);
    m_stop->setObjectName(u"gateStopButton"_s);
    for (QLabel *label : {m_successRate, m_slowest, m_counts})
        m_form->addRow(new QLabel, label);
    m_form->addRow(new QLabel, m_name);

    auto buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_stop);
    buttons->addWidget(m_approve);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_reason);
    layout->addWidget(m_explanation);
    layout->addLayout(m_form);
    layout->addLayout(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &GatePanel::updateButtons);
    connect(m_name, &QLineEdit::returnPressed, this, [this] { decide(true); });
    connect(m_approve, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_stop, &QPushButton::clicked, this, [this] { decide(false); });
    retranslate();
    updateButtons();
}

QString GatePanel::rememberedName()
{
    return QSettings().value(nameKey).toString();
}

QString GatePanel::deciderName() const
{
    return m_name->text().trimmed();
}

void GatePanel::showGate(const GateStop &gate)
{
    m_gate = gate;
    const QLocale locale;
    const PhaseFigures &figures = gate.figures;
    const QString phase = PhaseMetricsModel::phaseTitle(gate.phase);
    const bool rateBelow = figures.successRate < gate.gatePercent;
    m_successRate->setText(tr("%1% (the gate is %2%)")
                               .arg(locale.toString(figures.successRate, 'f', 1),
                                    locale.toString(gate.gatePercent, 'f', 0)));
    setSemanticForeground(m_successRate, rateBelow ? Semantic::Error : Semantic::Ok);
    const bool tooSlow = figures.slowestBatchMs > gate.maxBatchMs;
    const QString slowest = figures.slowestBatchMs < 1000
                                ? QCoreApplication::translate("Peere::BatchLogModel", "%1 ms")
                                      .arg(locale.toString(figures.slowestBatchMs))
                                : PlanPage::formatDuration(figures.slowestBatchMs);
    m_slowest->setText(tr("%1 (the limit is %2)")
                           .arg(slowest,
                                PlanPage::formatDuration(gate.maxBatchMs)));
    setSemanticForeground(m_slowest, tooSlow ? Semantic::Error : Semantic::Ok);
    // Whether the gate passed is the runner's verdict (restored with the gate from the journal).
    m_title->setText(!figures.passed
                         ? tr("The %1 phase did not pass its gate: the migration waits for a "
                              "decision.").arg(phase)
                         : tr("The %1 phase passed its gate: a manager signs off the next phase "
                              "before it is sent.").arg(phase));
    // Which of the gate's two conditions failed, in the page's language.
    m_reason->setText(figures.passed
                          ? QString()
                          : Runner::gateReason(figures, gate.gatePercent, gate.maxBatchMs, locale));
    m_reason->setVisible(!figures.passed);
    setSemanticForeground(m_reason, Semantic::Error);
    const JournalCounts &c = figures.counts;
    m_counts->setText(tr("%1 migrated, %2 failed, %3 of %4 records of the phase still without "
                         "a fate")
                          .arg(locale.toString(c.migrated), locale.toString(c.failed),
                               locale.toString(c.pending + c.inFlight + c.unknown),
                               locale.toString(c.records - c.invalid)));
    if (m_name->text().isEmpty())
        m_name->setText(rememberedName());
    updateButtons();
}

QString GatePanel::figuresText() const
{
    QStringList lines{m_title->text()};
    if (!m_reason->text().isEmpty())
        lines.append(m_reason->text());
    lines << m_successRate->text() << m_slowest->text() << m_counts->text();
    return lines.join(u'\n');
}

void GatePanel::updateButtons()
{
    const bool named = !deciderName().isEmpty();
    m_approve->setEnabled(named && m_gate.has_value());
    m_stop->setEnabled(named && m_gate.has_value());
}

void GatePanel::decide(bool approve)
{
    const QString name = deciderName();
    if (name.isEmpty() || !m_gate)
        return;
    QSettings().setValue(nameKey, name);
    m_gate.reset();
    updateButtons();
    if (approve)
        emit approveRequested(name);
    else
        emit stopRequested(name);
}

void GatePanel::retranslate()
{
    m_explanation->setText(tr("Look at the failures before deciding. Approve to go on to the next "
                              "phase; Stop ends the migration here. Your decision is recorded in "
                              "the journal with your name and the time."));
    const QStringList labels = {tr("Success rate:"), tr("Slowest batch:"), tr("Records:"),
                                tr("Your &name:")};
    for (int row = 0; row < labels.size(); ++row) {
        auto label = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        label->setText(labels.at(row));
        label->setBuddy(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
    }
    m_name->setPlaceholderText(tr("Required: recorded with the decision"));
    m_name->setAccessibleName(tr("Name of the person deciding"));
    m_approve->setText(tr("Approve and go on"));
    m_approve->setAccessibleName(tr("Approve the gate and go on to the next phase"));
    m_stop->setText(tr("Stop the migration"));
    m_stop->setAccessibleName(tr("Stop the migration at this gate"));
    if (m_gate)
        showGate(*m_gate);
}

void GatePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace Peere::Ui
