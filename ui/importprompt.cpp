#include "importprompt.h"

#include "semanticcolors.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

ImportPrompt::ImportPrompt(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_text(new QLabel)
    , m_sample(new QLabel)
    , m_open(new QPushButton)
    , m_importSample(new QPushButton)
    , m_progress(new QProgressBar)
    , m_outcome(new QLabel)
    , m_cancel(new QPushButton)
{
    setObjectName(u"importPrompt"_s);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_title->setFont(font);
    m_text->setWordWrap(true);
    m_sample->setObjectName(u"importSampleLabel"_s);
    m_sample->setWordWrap(true);
    m_sample->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open->setObjectName(u"importOpenButton"_s);
    m_importSample->setObjectName(u"importSampleButton"_s);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_cancel->setObjectName(u"importCancelButton"_s);
    m_cancel->hide();
    m_outcome->setObjectName(u"importOutcome"_s);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_importSample);
    buttons->addStretch();
    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_sample);
    layout->addLayout(buttons);
    auto progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);
    layout->addLayout(progress);
    layout->addWidget(m_outcome);
    layout->addStretch();

    connect(m_open, &QPushButton::clicked, this, &ImportPrompt::importRequested);
    connect(m_importSample, &QPushButton::clicked, this, [this] {
        if (!m_suggested.isEmpty())
            emit importFileRequested(m_suggested);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    setSuggestedFile({});
}

void ImportPrompt::importFile(const QString &path, RecordKind kind)
{
    if (m_job)
        m_job->deleteLater(); // its destructor cancels and waits
    m_job = new ImportJob(this);
    m_importing = path;
    m_lastResult.reset();
    m_lastError.clear();
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_open->setEnabled(false);
    m_importSample->setEnabled(false);
    connect(m_job, &ImportJob::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_job, &ImportJob::finished, this, [this, job = m_job] {
        if (job != m_job)
            return;
        m_progress->hide();
        m_cancel->hide();
        m_open->setEnabled(true);
        m_importSample->setEnabled(true);
        const std::optional<Result<ImportResult>> &result = job->result();
        if (result && result->hasValue()) {
            m_lastResult = result->value();
            retranslate();
            setSemanticForeground(m_outcome, Semantic::Neutral);
            emit imported(*m_lastResult);
        } else {
            m_lastError = result ? result->error() : tr("The import was cancelled.");
            retranslate();
            setSemanticForeground(m_outcome, Semantic::Error);
            emit importFailed(m_lastError);
        }
    });
    ImportParams params;
    params.path = path;
    params.kind = kind;
    m_job->start(params);
    retranslate();
}

bool ImportPrompt::isImporting() const
{
    return m_job != nullptr && m_job->isRunning();
}

QString ImportPrompt::outcomeText() const
{
    return m_outcome->text();
}

void ImportPrompt::setSuggestedFile(const QString &path)
{
    m_suggested = path;
    m_sample->setVisible(!path.isEmpty());
    m_importSample->setVisible(!path.isEmpty());
    retranslate();
}

void ImportPrompt::retranslate()
{
    m_title->setText(tr("Import"));
    m_text->setText(tr("Open a CSV export of customers or merchants, or drop it on this window. "
                       "Its columns are matched to the API's fields, and every row is checked "
                       "before anything is sent."));
    m_sample->setText(
        tr("Sample file ready for the demo: %1").arg(QDir::toNativeSeparators(m_suggested)));
    m_open->setText(tr("&Open a CSV file…"));
    m_open->setAccessibleName(tr("Open a CSV file"));
    m_importSample->setText(tr("Import the &sample"));
    m_importSample->setAccessibleName(tr("Import the sample"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the import"));
    const QString file = QFileInfo(m_importing).fileName();
    if (isImporting()) {
        m_outcome->setText(tr("Reading %1…").arg(file));
    } else if (m_lastResult && m_lastResult->store) {
        const IssueCounts &counts = m_lastResult->store->counts();
        m_outcome->setText(tr("%1: %2 rows read, %3 with errors, %4 with warnings only.")
                               .arg(file)
                               .arg(QLocale().toString(counts.rows))
                               .arg(QLocale().toString(counts.invalidRows))
                               .arg(QLocale().toString(counts.warningRows)));
    } else if (!m_lastError.isEmpty()) {
        m_outcome->setText(m_lastError);
    } else {
        m_outcome->clear();
    }
}

void ImportPrompt::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Peere::Ui
