#include "trusttab.h"

#include "semanticcolors.h"

#include "csv/csvreader.h"
#include "journal/journal.h"
#include "migration/trustsource.h"

#include <QComboBox>
#include <QDir>
#include <QLocale>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr TrustLevel levels[] = {TrustLevel::Basic, TrustLevel::Enhanced, TrustLevel::Premium};

QString levelTitle(TrustLevel level)
{
    switch (level) {
    case TrustLevel::Basic: return TrustTab::tr("Basic");
    case TrustLevel::Enhanced: return TrustTab::tr("Enhanced");
    case TrustLevel::Premium: return TrustTab::tr("Premium");
    }
    return {};
}

// Built off the GUI thread, with a journal connection of its own.
Result<TrustPlan> buildPlan(const QString &journalPath, const QString &sourcePath,
                            const TrustRules &rules)
{
    auto journal = Journal::open(journalPath, Journal::OpenMode::ReadOnly);
    if (!journal)
        return Failure{journal.error()};
    TrustSource source;
    if (!sourcePath.isEmpty()) {
        Result<TrustSource> loaded = TrustSource::fromFile(sourcePath);
        if (!loaded)
            return Failure{loaded.error()};
        source = *loaded;
    }
    return TrustPlan::build(**journal, rules, source);
}

} // namespace

TrustTab::TrustTab(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_intro(new QLabel)
    , m_sourceLabel(new QLabel)
    , m_source(new QLineEdit)
    , m_browse(new QPushButton)
    , m_byLevel(new QRadioButton)
    , m_levelColumn(new QComboBox)
    , m_byThresholds(new QRadioButton)
    , m_amountColumn(new QComboBox)
    , m_enhancedLabel(new QLabel)
    , m_enhancedFrom(new QDoubleSpinBox)
    , m_premiumLabel(new QLabel)
    , m_premiumFrom(new QDoubleSpinBox)
    , m_defaultLabel(new QLabel)
    , m_defaultLevel(new QComboBox)
    , m_loadRules(new QPushButton)
    , m_saveRules(new QPushButton)
    , m_previewButton(new QPushButton)
    , m_counts(new QTableWidget(trustLevelCount + 1, 2))
    , m_summary(new QLabel)
    , m_applyButton(new QPushButton)
    , m_pauseButton(new QPushButton)
    , m_cancelButton(new QPushButton)
    , m_progress(new QProgressBar)
    , m_result(new QLabel)
    , m_failures(new QTableWidget(0, 3))
    , m_problem(new QLabel)
{
    setObjectName(u"trustTab"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);

    m_source->setObjectName(u"trustSource"_s);
    m_browse->setObjectName(u"trustBrowseSource"_s);
    m_byLevel->setObjectName(u"trustByLevelColumn"_s);
    m_levelColumn->setObjectName(u"trustLevelColumn"_s);
    m_byThresholds->setObjectName(u"trustByThresholds"_s);
    m_amountColumn->setObjectName(u"trustAmountColumn"_s);
    m_enhancedFrom->setObjectName(u"trustEnhancedFrom"_s);
    m_premiumFrom->setObjectName(u"trustPremiumFrom"_s);
    m_defaultLevel->setObjectName(u"trustDefaultLevel"_s);
    m_loadRules->setObjectName(u"trustLoadRules"_s);
    m_saveRules->setObjectName(u"trustSaveRules"_s);
    m_previewButton->setObjectName(u"trustPreview"_s);
    m_counts->setObjectName(u"trustCounts"_s);
    m_summary->setObjectName(u"trustSummary"_s);
    m_applyButton->setObjectName(u"trustApply"_s);
    m_pauseButton->setObjectName(u"trustPause"_s);
    m_cancelButton->setObjectName(u"trustCancel"_s);
    m_progress->setObjectName(u"trustProgress"_s);
    m_result->setObjectName(u"trustResult"_s);
    m_failures->setObjectName(u"trustFailures"_s);
    m_problem->setObjectName(u"trustProblem"_s);

    for (QDoubleSpinBox *box : {m_enhancedFrom, m_premiumFrom}) {
        box->setRange(0, 1e15);
        box->setDecimals(0);
        box->setGroupSeparatorShown(true);
    }
    m_enhancedFrom->setValue(100000);
    m_premiumFrom->setValue(1000000);
    for (TrustLevel level : levels)
        m_defaultLevel->addItem(QString(), trustLevelName(level));
    m_byLevel->setChecked(true);
    m_summary->setWordWrap(true);
    m_result->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);

    m_counts->verticalHeader()->setVisible(false);
    m_counts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counts->setSelectionMode(QAbstractItemView::NoSelection);
    m_counts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_counts->setMaximumHeight(m_counts->verticalHeader()->defaultSectionSize() * 5 + 8);
    for (int row = 0; row <= trustLevelCount; ++row) {
        for (int column = 0; column < 2; ++column)
            m_counts->setItem(row, column, new QTableWidgetItem);
        m_counts->item(row, 1)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_failures->verticalHeader()->setVisible(false);
    m_failures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_failures->horizontalHeader()->setStretchLastSection(true);

    // Where the level comes from.
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_sourceLabel);
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_browse);
    auto *rulesForm = new QFormLayout;
    rulesForm->addRow(m_byLevel, m_levelColumn);
    rulesForm->addRow(m_byThresholds, m_amountColumn);
    rulesForm->addRow(m_enhancedLabel, m_enhancedFrom);
    rulesForm->addRow(m_premiumLabel, m_premiumFrom);
    rulesForm->addRow(m_defaultLabel, m_defaultLevel);
    auto *rulesButtons = new QHBoxLayout;
    rulesButtons->addWidget(m_loadRules);
    rulesButtons->addWidget(m_saveRules);
    rulesButtons->addStretch(1);
    rulesButtons->addWidget(m_previewButton);

    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_applyButton);
    applyRow->addWidget(m_pauseButton);
    applyRow->addWidget(m_cancelButton);
    applyRow->addWidget(m_progress, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addLayout(sourceRow);
    layout->addLayout(rulesForm);
    layout->addLayout(rulesButtons);
    layout->addWidget(m_counts);
    layout->addWidget(m_summary);
    layout->addLayout(applyRow);
    layout->addWidget(m_result);
    layout->addWidget(m_failures, 1);
    layout->addWidget(m_problem);
    layout->addStretch(0);

    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Source file"), m_source->text(),
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            setSourcePath(path);
    });
    connect(m_source, &QLineEdit::editingFinished, this, [this] {
        // Also sent when the field merely loses focus: only a changed file counts.
        if (m_source->text() != m_sourcePath)
            setSourcePath(m_source->text());
    });
    for (QRadioButton *mode : {m_byLevel, m_byThresholds})
        connect(mode, &QRadioButton::toggled, this, [this] {
            updateModeWidgets();
            invalidatePreview();
        });
    for (QComboBox *box : {m_levelColumn, m_amountColumn, m_defaultLevel})
        connect(box, &QComboBox::currentIndexChanged, this, &TrustTab::invalidatePreview);
    for (QDoubleSpinBox *box : {m_enhancedFrom, m_premiumFrom})
        connect(box, &QDoubleSpinBox::valueChanged, this, &TrustTab::invalidatePreview);
    connect(m_loadRules, &QPushButton::clicked, this, &TrustTab::loadRulesFile);
    connect(m_saveRules, &QPushButton::clicked, this, &TrustTab::saveRulesFile);
    connect(m_previewButton, &QPushButton::clicked, this, &TrustTab::requestPreview);
    connect(m_applyButton, &QPushButton::clicked, this, &TrustTab::apply);
    connect(m_pauseButton, &QPushButton::clicked, this, &TrustTab::pauseOrResume);
    connect(m_cancelButton, &QPushButton::clicked, this, &TrustTab::cancel);
    connect(&m_previewWatcher, &QFutureWatcher<Result<TrustPlan>>::finished, this,
            [this] { showPreview(m_previewWatcher.result()); });

    retranslate();
    updateModeWidgets();
    updateButtons();
}

TrustTab::~TrustTab()
{
    m_previewWatcher.waitForFinished();
    // The applier's callbacks end with it; the client's pending calls are dropped.
    m_applier.reset();
    m_client.reset();
}

void TrustTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TrustTab::retranslate()
{
    m_title->setText(tr("Merchant trust levels"));
    m_intro->setText(tr("Each merchant on the server gets a trust level: basic, enhanced or "
                        "premium. Every level is trusted; device lookup comes with enhanced and "
                        "premium, unless the source has trusted or deviceLookupEnabled columns."));
    m_sourceLabel->setText(tr("Source file:"));
    m_browse->setText(tr("Browse…"));
    m_byLevel->setText(tr("Level from the column"));
    m_byThresholds->setText(tr("Thresholds on the column"));
    m_enhancedLabel->setText(tr("Enhanced from:"));
    m_premiumLabel->setText(tr("Premium from:"));
    m_defaultLabel->setText(tr("Otherwise:"));
    for (int i = 0; i < m_defaultLevel->count(); ++i)
        m_defaultLevel->setItemText(i, levelTitle(levels[i]));
    m_loadRules->setText(tr("Load rules…"));
    m_saveRules->setText(tr("Save rules…"));
    m_previewButton->setText(tr("Preview"));
    m_counts->setHorizontalHeaderLabels({tr("Level"), tr("Merchants")});
    for (int i = 0; i < trustLevelCount; ++i)
        m_counts->item(i, 0)->setText(levelTitle(levels[i]));
    m_counts->item(trustLevelCount, 0)->setText(tr("Total"));
    m_applyButton->setText(tr("Apply"));
    m_pauseButton->setText(m_applier && m_applier->isPaused() ? tr("Resume") : tr("Pause"));
    m_cancelButton->setText(tr("Cancel"));
    m_failures->setHorizontalHeaderLabels({tr("Row"), tr("Level"), tr("Why it failed")});
    if (m_hasPreview)
        showPreview(m_plan);
    showResults();
}

void TrustTab::setJournalPath(const QString &path)
{
    m_journalPath = path;
    m_merchants = false;
    QString source;
    showProblem({});
    if (path.isEmpty()) {
        // Nothing open.
    } else if (auto journal = Journal::open(path, Journal::OpenMode::ReadOnly); !journal) {
        showProblem(journal.error());
    } else if ((*journal)->kind() == RecordKind::Customers) {
        showProblem(tr("This migration holds customers; trust levels are set for merchants only."));
    } else if ((*journal)->kind() == RecordKind::Merchants) {
        m_merchants = true;
        source = (*journal)->setting(u"sourceFile"_s);
        const QString saved = (*journal)->setting(u"trustRules"_s);
        if (!saved.isEmpty()) {
            if (Result<TrustRules> rules = TrustRules::fromJson(saved.toUtf8()))
                m_rules = *rules;
        }
    }
    m_source->setText(source);
    m_sourcePath = source;
    loadColumns();
    setRules(m_rules);
    invalidatePreview();
    showResults();
}

void TrustTab::setSourcePath(const QString &path)
{
    if (m_source->text() != path)
        m_source->setText(path);
    m_sourcePath = path;
    showProblem({});
    loadColumns();
    setRules(rules());
    invalidatePreview();
}

void TrustTab::loadColumns()
{
    QStringList columns;
    if (m_merchants && !m_source->text().isEmpty()) {
        // The header only: a quick read of the file's beginning.
        CsvReader::Options options;
        const Result<CsvDocument> head = CsvReader::preview(m_source->text(), options, 1);
        if (head)
            columns = head->table.header();
        else
            showProblem(head.error());
    }
    for (QComboBox *box : {m_levelColumn, m_amountColumn}) {
        const QString current = box->currentText();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItems(columns);
        box->setCurrentIndex(std::max(0, int(columns.indexOf(current))));
    }
}

TrustRules TrustTab::rules() const
{
    TrustRules rules = m_rules;
    if (m_byThresholds->isChecked()) {
        rules.setMode(TrustRules::Mode::Thresholds);
        rules.setColumn(m_amountColumn->currentText());
        rules.setThresholds({{m_enhancedFrom->value(), TrustLevel::Enhanced},
                             {m_premiumFrom->value(), TrustLevel::Premium}});
    } else {
        rules.setMode(TrustRules::Mode::LevelColumn);
        rules.setColumn(m_levelColumn->currentText().isEmpty() ? TrustRules().column()
                                                                : m_levelColumn->currentText());
        rules.setThresholds({});
    }
    rules.setDefaultLevel(levels[std::max(0, m_defaultLevel->currentIndex())]);
    return rules;
}

void TrustTab::setRules(const TrustRules &rules)
{
    m_rules = rules;
    const auto select = [](QComboBox *box, const QString &column) {
        int index = box->findText(column, Qt::MatchFixedString);
        if (index < 0) {
            // The same folding as the source: "Monthly Volume" is monthlyVolume.
            for (int i = 0; i < box->count() && index < 0; ++i) {
                if (QString(box->itemText(i)).remove(u' ').remove(u'_').compare(
                        QString(column).remove(u' ').remove(u'_'), Qt::CaseInsensitive) == 0)
                    index = i;
            }
        }
        if (index >= 0)
            box->setCurrentIndex(index);
    };
    const bool thresholds = rules.mode() == TrustRules::Mode::Thresholds;
    (thresholds ? m_byThresholds : m_byLevel)->setChecked(true);
    select(thresholds ? m_amountColumn : m_levelColumn, rules.column());
    for (const TrustRules::Threshold &t : rules.thresholds()) {
        if (t.level == TrustLevel::Enhanced)
            m_enhancedFrom->setValue(t.min);
        else if (t.level == TrustLevel::Premium)
            m_premiumFrom->setValue(t.min);
    }
    m_defaultLevel->setCurrentIndex(int(rules.defaultLevel()));
    updateModeWidgets();
}

void TrustTab::updateModeWidgets()
{
    const bool thresholds = m_byThresholds->isChecked();
    m_levelColumn->setEnabled(!thresholds);
    m_amountColumn->setEnabled(thresholds);
    m_enhancedFrom->setEnabled(thresholds);
    m_premiumFrom->setEnabled(thresholds);
}

void TrustTab::invalidatePreview()
{
    m_hasPreview = false;
    for (int row = 0; row <= trustLevelCount; ++row)
        m_counts->item(row, 1)->setText(QString());
    m_summary->setText(tr("Preview to see how many merchants get each level before applying."));
    updateButtons();
}

void TrustTab::requestPreview()
{
    if (!m_merchants || m_previewWatcher.isRunning())
        return;
    m_problem->setVisible(false);
    m_summary->setText(tr("Reading the source file and the journal…"));
    m_previewButton->setEnabled(false);
    m_previewWatcher.setFuture(QtConcurrent::run(buildPlan, m_journalPath, m_source->text(), rules()));
}

void TrustTab::showPreview(const Result<TrustPlan> &plan)
{
    updateButtons();
    if (!plan) {
        invalidatePreview();
        showProblem(plan.error());
        return;
    }
    m_plan = *plan;
    m_hasPreview = true;
    const TrustPlan::Preview &p = m_plan.preview;
    const QLocale locale;
    for (int i = 0; i < trustLevelCount; ++i)
        m_counts->item(i, 1)->setText(locale.toString(p.level(levels[i])));
    m_counts->item(trustLevelCount, 1)->setText(locale.toString(p.merchants));
    QString text = tr("%Ln merchants on the server: %1 trusted, %2 with device lookup. %3 records "
                      "are not on the server and get no level.", nullptr, int(p.merchants))
                       .arg(locale.toString(p.trusted), locale.toString(p.deviceLookup),
                            locale.toString(p.notOnServer));
    if (p.unreadable > 0)
        text += u' '
                + tr("%Ln values could not be read and got the default level.", nullptr,
                     int(p.unreadable));
    if (!p.columnFound)
        text += u' ' + tr("The source has no level column: every merchant gets the default level.");
    m_summary->setText(text);
    updateButtons();
    emit previewed();
}

void TrustTab::apply()
{
    if (!m_hasPreview || m_applier || !m_connection)
        return;
    m_problem->setVisible(false);
    m_applyButton->setEnabled(false);
    m_connection(this, [this](const Result<ApiClientOptions> &options) {
        if (!options) {
            showProblem(options.error());
            updateButtons();
            return;
        }
        startApplying(*options);
    });
}

void TrustTab::startApplying(const ApiClientOptions &options)
{
    auto journal = Journal::open(m_journalPath, Journal::OpenMode::Existing);
    if (!journal) {
        showProblem(journal.error());
        updateButtons();
        return;
    }
    ApiClientOptions merchants = options;
    merchants.kind = RecordKind::Merchants;
    auto client = ApiClient::create(merchants);
    if (!client) {
        showProblem(client.error());
        updateButtons();
        return;
    }
    if (VoidResult planned = (*journal)->planTrust(m_plan.entries); !planned) {
        delete *client;
        showProblem(planned.error());
        updateButtons();
        return;
    }
    (void)(*journal)->setSetting(u"trustRules"_s, QString::fromUtf8(rules().toJson()));
    m_journal = std::move(*journal);
    m_client.reset(*client);
    m_applier = std::make_unique<TrustApplier>(*m_journal, *m_client);
    connect(m_applier.get(), &TrustApplier::progressed, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(std::max<qint64>(1, total)));
        m_progress->setValue(int(done));
        m_result->setText(tr("%1 of %2 merchants done.").arg(done).arg(total));
    });
    connect(m_applier.get(), &TrustApplier::paused, this, &TrustTab::updateButtons);
    connect(m_applier.get(), &TrustApplier::resumed, this, &TrustTab::updateButtons);
    connect(m_applier.get(), &TrustApplier::finished, this, &TrustTab::finishApplying);
    if (VoidResult started = m_applier->start(); !started) {
        showProblem(started.error());
        m_applier.reset();
        m_client.reset();
        m_journal.reset();
    }
    updateButtons();
}

void TrustTab::pauseOrResume()
{
    if (!m_applier)
        return;
    if (m_applier->isPaused())
        m_applier->resume();
    else
        m_applier->pause();
}

void TrustTab::cancel()
{
    if (m_applier)
        m_applier->cancel();
}

void TrustTab::finishApplying(TrustApplier::Outcome outcome, const QString &message)
{
    // Not from inside the applier's own signal: it is deleted on the next turn.
    QMetaObject::invokeMethod(this, [this] {
        m_applier.reset();
        m_client.reset();
        m_journal.reset();
        updateButtons();
    }, Qt::QueuedConnection);
    if (outcome != TrustApplier::Outcome::Completed)
        showProblem(message);
    showResults();
    emit applyFinished(outcome, message);
}

void TrustTab::showResults()
{
    // From the journal that applies, or a read-only look at the file.
    std::unique_ptr<Journal> reader;
    const Journal *journal = m_journal.get();
    if (!journal && !m_journalPath.isEmpty()) {
        if (auto opened = Journal::open(m_journalPath, Journal::OpenMode::ReadOnly)) {
            reader = std::move(*opened);
            journal = reader.get();
        }
    }
    m_failures->setRowCount(0);
    m_failures->setVisible(false);
    if (!journal)
        return;
    const Result<TrustCounts> counts = journal->trustCounts();
    const Result<QList<TrustEntry>> entries = journal->trustEntries();
    if (!counts || !entries || counts->total == 0) {
        m_result->setText(counts && counts->total == 0 ? tr("No trust level has been applied yet.")
                                                       : QString());
        return;
    }
    const QLocale locale;
    m_result->setText(tr("%Ln merchants validated, %1 failed, %2 still to do.", nullptr,
                         int(counts->state(TrustState::Validated)))
                          .arg(locale.toString(counts->state(TrustState::Failed)),
                               locale.toString(counts->open())));
    if (!m_applier) {
        m_progress->setRange(0, int(std::max<qint64>(1, counts->total)));
        m_progress->setValue(int(counts->state(TrustState::Validated) + counts->state(TrustState::Failed)));
    }
    for (const TrustEntry &entry : *entries) {
        if (entry.state != TrustState::Failed)
            continue;
        const int row = m_failures->rowCount();
        m_failures->insertRow(row);
        m_failures->setItem(row, 0, new QTableWidgetItem(QString::number(entry.row)));
        m_failures->setItem(row, 1, new QTableWidgetItem(levelTitle(entry.setting.level)));
        m_failures->setItem(row, 2, new QTableWidgetItem(entry.message));
    }
    m_failures->setVisible(m_failures->rowCount() > 0);
}

void TrustTab::updateButtons()
{
    const bool applying = m_applier != nullptr;
    const bool previewing = m_previewWatcher.isRunning();
    m_previewButton->setEnabled(m_merchants && !applying && !previewing);
    m_applyButton->setEnabled(m_hasPreview && !applying && !previewing && m_plan.preview.merchants > 0);
    m_pauseButton->setEnabled(applying);
    m_cancelButton->setEnabled(applying);
    m_pauseButton->setText(applying && m_applier->isPaused() ? tr("Resume") : tr("Pause"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_source, m_browse, m_byLevel, m_byThresholds,
                                                       m_loadRules, m_defaultLevel})
        w->setEnabled(!applying);
}

void TrustTab::loadRulesFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load trust rules"), QString(),
                                                      tr("Trust rules (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<TrustRules> loaded = TrustRules::fromFile(path);
    if (!loaded) {
        showProblem(loaded.error());
        return;
    }
    setRules(*loaded);
    invalidatePreview();
}

void TrustTab::saveRulesFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save trust rules"),
                                                      u"trust-rules.json"_s,
                                                      tr("Trust rules (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(rules().toJson()) < 0 || !file.commit())
        showProblem(tr("The trust rules %1 cannot be written: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
}

void TrustTab::showProblem(const QString &text)
{
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, semanticColor(Semantic::Error, palette));
    m_problem->setPalette(palette);
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

} // namespace Peere::Ui
