#include "planpage.h"

#include "semanticcolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;
using Kind = Environment::Kind;

namespace {
constexpr int merchantBatchSize = 100; // the guide's 25-100 merchants per batch
} // namespace

PlanPage::PlanPage(QWidget *parent)
    : QWidget(parent)
    , m_environment(new QComboBox)
    , m_kind(new QComboBox)
    , m_batchSize(new QSpinBox)
    , m_inFlight(new QSpinBox)
    , m_perMinute(new QSpinBox)
    , m_gate(new QSpinBox)
    , m_signOff(new QCheckBox)
    , m_form(new QFormLayout)
    , m_title(new QLabel)
    , m_records(new QLabel)
    , m_paceWarning(new QLabel)
    , m_liveFrame(new QFrame)
    , m_liveText(new QLabel)
    , m_liveConfirmation(new QLineEdit)
    , m_previewTitle(new QLabel)
    , m_table(new QTableWidget(PhasePlan::stages().size() + 1, 4))
    , m_total(new QLabel)
    , m_problem(new QLabel)
    , m_start(new QPushButton)
{
    setObjectName(u"planPage"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_environment->setObjectName(u"planEnvironment"_s);
    for (Kind kind : Environment::kinds())
        m_environment->addItem(QString(), Environment::id(kind));
    m_kind->setObjectName(u"planKind"_s);
    m_kind->addItem(QString(), kindName(RecordKind::Customers));
    m_kind->addItem(QString(), kindName(RecordKind::Merchants));
    m_batchSize->setObjectName(u"planBatchSize"_s);
    m_batchSize->setRange(1, 1000);
    m_inFlight->setObjectName(u"planInFlight"_s);
    m_inFlight->setRange(1, 16);
    m_perMinute->setObjectName(u"planPerMinute"_s);
    m_perMinute->setRange(1, 600);
    m_gate->setObjectName(u"planGate"_s);
    m_gate->setRange(0, 100);
    m_gate->setSuffix(u" %"_s);
    m_signOff->setObjectName(u"planSignOff"_s);
    m_signOff->setChecked(true);
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_environment, m_kind, m_batchSize, m_inFlight, m_perMinute, m_gate})
        m_form->addRow(new QLabel, field);
    m_form->addRow(QString(), m_signOff);

    m_liveFrame->setObjectName(u"liveConfirmationFrame"_s);
    m_liveFrame->setFrameShape(QFrame::StyledPanel);
    m_liveConfirmation->setObjectName(u"liveConfirmationEdit"_s);
    m_liveText->setWordWrap(true);
    auto liveLayout = new QVBoxLayout(m_liveFrame);
    liveLayout->addWidget(m_liveText);
    liveLayout->addWidget(m_liveConfirmation);
    m_liveFrame->hide();

    m_records->setObjectName(u"planRecords"_s);
    m_paceWarning->setObjectName(u"planPaceWarning"_s);
    m_paceWarning->setWordWrap(true);
    m_problem->setObjectName(u"planProblem"_s);
    m_problem->setWordWrap(true);
    m_total->setObjectName(u"planTotal"_s);
    m_table->setObjectName(u"phasePreview"_s);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_start->setObjectName(u"planStartButton"_s);

    QFont bold = m_previewTitle->font();
    bold.setBold(true);
    m_previewTitle->setFont(bold);

    auto buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_start);
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_records);
    layout->addLayout(m_form);
    layout->addWidget(m_liveFrame);
    layout->addWidget(m_paceWarning);
    layout->addWidget(m_previewTitle);
    layout->addWidget(m_table);
    layout->addWidget(m_total);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_environment, &QComboBox::currentIndexChanged, this, &PlanPage::onEnvironmentChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &PlanPage::onKindChanged);
    for (QSpinBox *box : {m_batchSize, m_inFlight, m_perMinute, m_gate})
        connect(box, &QSpinBox::valueChanged, this, &PlanPage::updatePreview);
    connect(m_liveConfirmation, &QLineEdit::textChanged, this, &PlanPage::updateReadiness);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (isReady())
            emit startRequested(plan());
    });

    setDefaults(ConsoleSettings().planDefaults());
    retranslate();
    onEnvironmentChanged();
}

MigrationPlan PlanPage::plan() const
{
    MigrationPlan plan;
    plan.environment = Environment::kindFromId(m_environment->currentData().toString())
                           .value_or(Kind::EmbeddedSandbox);
    plan.kind = kindFromName(m_kind->currentData().toString()).value_or(RecordKind::Customers);
    plan.batchSize = m_batchSize->value();
    plan.batchesInFlight = m_inFlight->value();
    plan.batchesPerMinute = m_perMinute->value();
    plan.gatePercent = m_gate->value();
    plan.signOffEachPhase = m_signOff->isChecked();
    return plan;
}

void PlanPage::setPlan(const MigrationPlan &plan)
{
    m_environment->setCurrentIndex(m_environment->findData(Environment::id(plan.environment)));
    m_kind->setCurrentIndex(m_kind->findData(kindName(plan.kind)));
    m_batchSize->setValue(plan.batchSize);
    m_inFlight->setValue(plan.batchesInFlight);
    m_perMinute->setValue(plan.batchesPerMinute);
    m_gate->setValue(plan.gatePercent);
    m_signOff->setChecked(plan.signOffEachPhase);
    updatePreview();
}

void PlanPage::setDefaults(const PlanDefaults &defaults)
{
    m_defaults = defaults;
    const bool merchants = plan().kind == RecordKind::Merchants;
    m_batchSize->setValue(merchants ? std::min(merchantBatchSize, defaults.batchSize)
                                    : defaults.batchSize);
    m_inFlight->setValue(defaults.batchesInFlight);
    m_perMinute->setValue(defaults.batchesPerMinute);
    m_gate->setValue(defaults.gatePercent);
    updatePreview();
}

void PlanPage::setValidRecordCount(qint64 count)
{
    m_validRecords = std::max<qint64>(0, count);
    retranslate();
    updatePreview();
}

bool PlanPage::isLiveConfirmed() const
{
    return m_liveConfirmation->text().trimmed() == liveConfirmationWord();
}

bool PlanPage::isReady() const
{
    if (m_validRecords <= 0 || m_preview.rows().isEmpty())
        return false;
    return !Environment::isLive(plan().environment) || isLiveConfirmed();
}

void PlanPage::onEnvironmentChanged()
{
    const Kind kind = plan().environment;
    const bool live = Environment::isLive(kind);
    // A confirmation is for one choice of live: leaving live forgets it.
    m_liveConfirmation->clear();
    m_liveFrame->setVisible(live);
    setSemanticForeground(m_environment, live ? Semantic::Warning : Semantic::Neutral);
    setSemanticForeground(m_liveText, live ? Semantic::Warning : Semantic::Neutral);
    updatePreview();
    emit environmentChanged(kind);
}

void PlanPage::onKindChanged()
{
    const bool merchants = plan().kind == RecordKind::Merchants;
    m_batchSize->setValue(merchants ? std::min(merchantBatchSize, m_defaults.batchSize)
                                    : m_defaults.batchSize);
    updatePreview();
}

void PlanPage::updatePreview()
{
    const MigrationPlan chosen = plan();
    PhasePlan::Input input;
    input.validRecords = m_validRecords;
    input.batchSize = chosen.batchSize;
    input.batchesPerMinute = chosen.batchesPerMinute;
    input.batchesInFlight = chosen.batchesInFlight;
    const Result<PhasePlan> preview = PhasePlan::compute(input);
    m_preview = preview ? *preview : PhasePlan();
    m_problem->setText(preview ? QString() : preview.error());
    setSemanticForeground(m_problem, Semantic::Error);

    const QLocale locale;
    const auto setCell = [this](int row, int column, const QString &text) {
        auto item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, column, item);
        }
        item->setText(text);
        if (column > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    };
    int row = 0;
    qint64 batches = 0;
    for (const PhasePlan::Row &phase : m_preview.rows()) {
        setCell(row, 0, PhasePlan::stageName(phase.stage));
        setCell(row, 1, locale.toString(phase.records));
        setCell(row, 2, locale.toString(phase.calls));
        setCell(row, 3, formatDuration(phase.milliseconds));
        if (phase.stage != PhasePlan::Stage::Verify)
            batches += phase.calls;
        ++row;
    }
    setCell(row, 0, tr("Total"));
    setCell(row, 1, locale.toString(m_validRecords));
    setCell(row, 2, locale.toString(batches));
    setCell(row, 3, formatDuration(m_preview.totalMilliseconds()));
    m_total->setText(tr("Estimated time at %1 batch calls a minute: %2")
                         .arg(chosen.batchesPerMinute)
                         .arg(formatDuration(m_preview.totalMilliseconds())));

    const bool realApi
        = chosen.environment == Kind::HostedSandbox || chosen.environment == Kind::Live;
    const bool overLimit = realApi && chosen.batchesPerMinute > Environment::documentedBatchesPerMinute;
    m_paceWarning->setVisible(overLimit);
    setSemanticForeground(m_paceWarning, Semantic::Warning);
    updateReadiness();
}

void PlanPage::updateReadiness()
{
    m_start->setEnabled(isReady());
}

QString PlanPage::formatDuration(qint64 milliseconds)
{
    const qint64 seconds = (milliseconds + 999) / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    const qint64 minutes = (seconds + 59) / 60; // an estimate: never shorter than it will be
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

void PlanPage::retranslate()
{
    m_title->setText(tr("Plan the migration"));
    for (int i = 0; i < m_environment->count(); ++i) {
        if (const auto kind = Environment::kindFromId(m_environment->itemData(i).toString()))
            m_environment->setItemText(i, Environment::displayName(*kind));
    }
    m_kind->setItemText(0, tr("Customers (bank key)"));
    m_kind->setItemText(1, tr("Merchants (provider key)"));

    const QList<std::pair<QWidget *, QString>> fields{{m_environment, tr("Environment")},
                                                      {m_kind, tr("Records")},
                                                      {m_batchSize, tr("Batch size")},
                                                      {m_inFlight, tr("Batches in flight")},
                                                      {m_perMinute, tr("Batch calls per minute")},
                                                      {m_gate, tr("Gate (minimum success rate)")}};
    m_signOff->setText(tr("A manager signs off after the pilot and after expand"));
    m_signOff->setAccessibleName(m_signOff->text());
    m_signOff->setToolTip(tr("The run waits for a named approval before sending the next phase, "
                             "even when the gate passed. Below the gate it always waits."));
    for (const auto &[field, text] : fields) {
        field->setAccessibleName(text);
        if (auto label = qobject_cast<QLabel *>(m_form->labelForField(field))) {
            label->setText(text);
            label->setBuddy(field);
        }
    }
    m_records->setText(
        m_validRecords > 0
            ? tr("Valid records ready to send: %1").arg(QLocale().toString(m_validRecords))
            : tr("No valid records yet: import and validate a file first."));
    m_liveText->setText(tr("Live: every record sent becomes a real customer or merchant on the "
                           "Peere Network. Type %1 to confirm.")
                            .arg(liveConfirmationWord()));
    m_liveConfirmation->setAccessibleName(tr("Confirmation for live"));
    m_liveConfirmation->setPlaceholderText(liveConfirmationWord());
    m_paceWarning->setText(tr("Above the documented limit of 10 batch calls a minute: expect "
                              "429 answers and a slower run."));
    m_previewTitle->setText(tr("Phases"));
    m_table->setHorizontalHeaderLabels(
        {tr("Phase"), tr("Records"), tr("Batches or calls"), tr("Estimated time")});
    m_table->setAccessibleName(tr("Preview of the phases"));
    m_start->setText(tr("&Continue to Run"));
    m_start->setAccessibleName(tr("Continue to Run"));
    updatePreview();
}

void PlanPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Peere::Ui
