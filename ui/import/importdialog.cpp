#include "importdialog.h"

#include "mappingeditor.h"
#include "semanticcolors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
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
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int PreviewRows = 50;

void selectData(QComboBox *combo, int value)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(value));
}

// A finished job's value into `into`, or its message into `error`. The job emitted the signal
// that got here: it is deleted once that signal has returned.
template<typename Job, typename Value>
bool collect(std::unique_ptr<Job> &owned, bool succeeded, std::optional<Value> &into,
             QString *error)
{
    Job *job = owned.release();
    job->deleteLater();
    if (succeeded && job->result() && job->result()->hasValue()) {
        into = job->result()->value();
        return true;
    }
    *error = job->result() ? job->result()->error() : QString();
    return false;
}

} // namespace

ImportDialog::ImportDialog(QWidget *parent)
    : ImportDialog(Content::Records, parent)
{}

ImportDialog::ImportDialog(Content content, QWidget *parent)
    : QDialog(parent)
    , m_content(content)
    , m_fileEdit(new QLineEdit)
    , m_browseButton(new QPushButton)
    , m_kindCombo(new QComboBox)
    , m_encodingCombo(new QComboBox)
    , m_delimiterCombo(new QComboBox)
    , m_fileLabel(new QLabel)
    , m_kindLabel(new QLabel)
    , m_encodingLabel(new QLabel)
    , m_delimiterLabel(new QLabel)
    , m_message(new QLabel)
    , m_previewView(new QTableView)
    , m_previewModel(new CsvTableModel(this))
    , m_mappingEditor(new MappingEditor)
    , m_saveTemplateButton(new QPushButton)
    , m_loadTemplateButton(new QPushButton)
    , m_progress(new QProgressBar)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setObjectName(u"ImportDialog"_s);
    resize(900, 680);
    m_fileEdit->setObjectName(u"fileEdit"_s);
    m_fileEdit->setReadOnly(true);
    m_kindCombo->setObjectName(u"kindCombo"_s);
    m_encodingCombo->setObjectName(u"encodingCombo"_s);
    m_delimiterCombo->setObjectName(u"delimiterCombo"_s);
    m_message->setObjectName(u"importMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewView->setObjectName(u"previewView"_s);
    m_previewView->setModel(m_previewModel);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->horizontalHeader()->setDefaultSectionSize(120);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_importButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setDefault(true);

    for (const TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Utf16LE,
                                        TextEncoding::Utf16BE, TextEncoding::Windows1252})
        m_encodingCombo->addItem(encodingName(encoding), int(encoding));
    m_kindCombo->addItem(QString(), int(RecordKind::Customers));
    m_kindCombo->addItem(QString(), int(RecordKind::Merchants));
    for (const char delimiter : {',', ';', '\t', '|'})
        m_delimiterCombo->addItem(QString(), int(delimiter));

    m_fileLabel->setBuddy(m_fileEdit); // else its "&" shows
    auto fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);
    auto optionsRow = new QHBoxLayout;
    for (const auto &[label, combo] : {std::pair{m_kindLabel, m_kindCombo},
                                       std::pair{m_encodingLabel, m_encodingCombo},
                                       std::pair{m_delimiterLabel, m_delimiterCombo}}) {
        label->setBuddy(combo);
        optionsRow->addWidget(label);
        optionsRow->addWidget(combo);
        optionsRow->addSpacing(12);
    }
    optionsRow->addStretch();
    // A devices file is always the open migration's customers' devices.
    m_kindLabel->setVisible(content == Content::Records);
    m_kindCombo->setVisible(content == Content::Records);
    auto templateRow = new QHBoxLayout;
    templateRow->addStretch();
    templateRow->addWidget(m_loadTemplateButton);
    templateRow->addWidget(m_saveTemplateButton);
    auto mappingBox = new QWidget;
    auto mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->setContentsMargins(0, 0, 0, 0);
    mappingLayout->addWidget(m_mappingEditor, 1);
    mappingLayout->addLayout(templateRow);
    auto splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_previewView);
    splitter->addWidget(mappingBox);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addLayout(optionsRow);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_kindCombo, &QComboBox::activated, this, &ImportDialog::remap);
    connect(m_encodingCombo, &QComboBox::activated, this, [this] {
        m_encodingChosen = true;
        reloadPreview();
    });
    connect(m_delimiterCombo, &QComboBox::activated, this, [this] {
        m_delimiterChosen = true;
        reloadPreview();
    });
    connect(m_mappingEditor, &MappingEditor::mappingChanged, this, &ImportDialog::refreshState);
    connect(m_saveTemplateButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the column mapping"), {},
                                                          tr("Column mappings (*.json)"));
        if (!path.isEmpty()) {
            if (const VoidResult saved = saveTemplate(path); !saved)
                showMessage(saved.error(), true);
        }
    });
    connect(m_loadTemplateButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Apply a saved column mapping"),
                                                          {}, tr("Column mappings (*.json)"));
        if (!path.isEmpty()) {
            if (const VoidResult loaded = loadTemplate(path); !loaded)
                showMessage(loaded.error(), true);
        }
    });
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    retranslate();
    refreshState();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::retranslate()
{
    setWindowTitle(m_content == Content::Devices ? tr("Import a devices file")
                                                 : tr("Import a bank export"));
    m_fileLabel->setText(tr("&File:"));
    m_browseButton->setText(tr("&Browse\u2026"));
    m_kindLabel->setText(tr("&Records:"));
    m_kindCombo->setItemText(0, tr("Customers"));
    m_kindCombo->setItemText(1, tr("Merchants"));
    m_encodingLabel->setText(tr("&Encoding:"));
    m_delimiterLabel->setText(tr("&Delimiter:"));
    m_delimiterCombo->setItemText(0, tr("Comma (,)"));
    m_delimiterCombo->setItemText(1, tr("Semicolon (;)"));
    m_delimiterCombo->setItemText(2, tr("Tab"));
    m_delimiterCombo->setItemText(3, tr("Pipe (|)"));
    m_loadTemplateButton->setText(tr("&Apply saved mapping\u2026"));
    m_saveTemplateButton->setText(tr("&Save mapping\u2026"));
    m_importButton->setText(tr("&Import"));
    m_previewView->setAccessibleName(tr("First rows of the file"));
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshState();
    }
    QDialog::changeEvent(event);
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this,
        m_content == Content::Devices ? tr("Open a devices file") : tr("Open a bank export"),
        QFileInfo(m_path).absolutePath(),
        tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ImportDialog::openFile(const QString &path)
{
    if (isImporting())
        return;
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_encodingChosen = false;
    m_delimiterChosen = false;
    m_result.reset();
    m_devicesResult.reset();
    reloadPreview();
}

void ImportDialog::setKind(RecordKind kind)
{
    selectData(m_kindCombo, int(kind));
    remap();
}

RecordKind ImportDialog::kind() const
{
    return RecordKind(m_kindCombo->currentData().toInt());
}

void ImportDialog::setEncoding(TextEncoding encoding)
{
    selectData(m_encodingCombo, int(encoding));
    m_encodingChosen = true;
    reloadPreview();
}

void ImportDialog::setDelimiter(char delimiter)
{
    selectData(m_delimiterCombo, int(delimiter));
    m_delimiterChosen = true;
    reloadPreview();
}

std::optional<TextEncoding> ImportDialog::encoding() const
{
    if (!m_preview)
        return std::nullopt;
    return m_preview->dialect.encoding;
}

std::optional<char> ImportDialog::delimiter() const
{
    if (!m_preview)
        return std::nullopt;
    return m_preview->dialect.delimiter;
}

const ColumnMapping &ImportDialog::mapping() const
{
    return m_mappingEditor->mapping();
}

const DeviceFile::Columns &ImportDialog::deviceColumns() const
{
    return m_mappingEditor->deviceColumns();
}

void ImportDialog::clearMapping()
{
    if (m_content == Content::Devices)
        m_mappingEditor->setDeviceColumns({}, {});
    else
        m_mappingEditor->setMapping(ColumnMapping(kind(), {}), {});
}

void ImportDialog::reloadPreview()
{
    m_preview.reset();
    if (m_path.isEmpty()) {
        m_previewModel->clear();
        clearMapping();
        return;
    }
    CsvReader::Options options;
    if (m_encodingChosen)
        options.encoding = TextEncoding(m_encodingCombo->currentData().toInt());
    if (m_delimiterChosen)
        options.delimiter = char(m_delimiterCombo->currentData().toInt());
    // A small file is read whole: a broken quote is then reported before the import starts.
    Result<CsvDocument> document = QFileInfo(m_path).size() <= CsvReader::PreviewBytes
                                       ? CsvReader::read(m_path, options)
                                       : CsvReader::preview(m_path, options, PreviewRows);
    if (!document) {
        m_previewModel->clear();
        clearMapping();
        showMessage(document.error(), true);
        return;
    }
    m_preview = std::move(*document);
    selectData(m_encodingCombo, int(m_preview->dialect.encoding));
    selectData(m_delimiterCombo, int(m_preview->dialect.delimiter));
    m_previewModel->setTable(m_preview->table);
    remap();
}

void ImportDialog::remap()
{
    if (!m_preview) {
        refreshState();
        return;
    }
    const QStringList &header = m_preview->table.header();
    if (m_content == Content::Devices) {
        m_mappingEditor->setDeviceColumns(m_deviceTemplate ? m_deviceTemplate->apply(header)
                                                           : DeviceFile::mapColumns(header),
                                          m_preview->table);
        return;
    }
    const ColumnMapping mapping = m_template && m_template->kind() == kind()
                                      ? m_template->apply(header)
                                      : ColumnMapping::automatic(kind(), header);
    m_mappingEditor->setMapping(mapping, m_preview->table);
}

void ImportDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    setSemanticForeground(m_message, problem ? Semantic::Error : Semantic::Neutral);
}

QString ImportDialog::message() const
{
    return m_message->text();
}

void ImportDialog::refreshState()
{
    const bool importing = isImporting();
    for (QWidget *input : std::initializer_list<QWidget *>{
             m_browseButton, m_kindCombo, m_encodingCombo, m_delimiterCombo, m_mappingEditor,
             m_saveTemplateButton, m_loadTemplateButton})
        input->setEnabled(!importing && (input == m_browseButton || m_preview.has_value()));
    m_importButton->setEnabled(!importing && m_preview.has_value());
    if (importing || !m_preview || showMissingFields())
        return;
    if (m_preview->table.rowCount() == 0) {
        if (QFileInfo(m_path).size() > CsvReader::PreviewBytes)
            showMessage(tr("The first record is too long to preview; it is read in full when you "
                           "import."), false);
        else
            showMessage(tr("The file has a header but no records."), true);
        return;
    }
    showMessage(tr("Ready to import. The preview shows the first rows of the file."), false);
}

bool ImportDialog::showMissingFields()
{
    if (m_content == Content::Devices) {
        // A devices file without a customer or a device column cannot be read at all.
        const QString missing = DeviceFile::missingColumns(deviceColumns());
        if (!missing.isEmpty()) {
            m_importButton->setEnabled(false);
            showMessage(missing, true);
        }
        return !missing.isEmpty();
    }
    const ColumnMapping &current = mapping();
    const QStringList missing = current.missingFieldNames();
    if (!missing.isEmpty()) {
        const RecordKind other = kind() == RecordKind::Customers ? RecordKind::Merchants
                                                                 : RecordKind::Customers;
        const bool otherFits =
            ColumnMapping::automatic(other, current.headers()).missingFields().isEmpty();
        const QString list = missing.join(u", "_s);
        if (otherFits && kind() == RecordKind::Customers)
            showMessage(tr("This looks like a merchants file: it has no column for the required "
                           "customer fields %1. Choose Merchants, or map the columns below.")
                            .arg(list), true);
        else if (otherFits)
            showMessage(tr("This looks like a customers file: it has no column for the required "
                           "merchant fields %1. Choose Customers, or map the columns below.")
                            .arg(list), true);
        else
            showMessage(tr("No column feeds the required fields %1: every row will fail them "
                           "unless you map a column below.")
                            .arg(list), true);
    }
    return !missing.isEmpty();
}

VoidResult ImportDialog::saveTemplate(const QString &path)
{
    if (m_content == Content::Devices) {
        const DeviceMappingTemplate saved = DeviceMappingTemplate::fromColumns(
            deviceColumns(), m_preview ? m_preview->table.header() : QStringList());
        if (VoidResult result = saved.save(path); !result)
            return result;
        m_deviceTemplate = saved;
    } else {
        const MappingTemplate saved = MappingTemplate::fromMapping(mapping());
        if (VoidResult result = saved.save(path); !result)
            return result;
        m_template = saved;
    }
    showMessage(tr("Column mapping saved to %1.").arg(QDir::toNativeSeparators(path)), false);
    return {};
}

VoidResult ImportDialog::loadTemplate(const QString &path)
{
    if (m_content == Content::Devices) {
        Result<DeviceMappingTemplate> loaded = DeviceMappingTemplate::load(path);
        if (!loaded)
            return failure(loaded.error());
        m_deviceTemplate = std::move(*loaded);
        remap();
        return {};
    }
    Result<MappingTemplate> loaded = MappingTemplate::load(path);
    if (!loaded)
        return failure(loaded.error());
    m_template = std::move(*loaded);
    if (m_template->kind() != kind())
        selectData(m_kindCombo, int(m_template->kind()));
    remap();
    return {};
}

bool ImportDialog::isImporting() const
{
    return (m_job && m_job->isRunning()) || (m_deviceJob && m_deviceJob->isRunning());
}

void ImportDialog::startImport()
{
    if (!m_preview || isImporting())
        return;
    if (m_content == Content::Devices && !DeviceFile::missingColumns(deviceColumns()).isEmpty())
        return; // said in the dialog already
    m_cancelRequested = false;
    m_result.reset();
    m_devicesResult.reset();
    const std::optional<TextEncoding> encoding
        = m_encodingChosen ? std::optional(m_preview->dialect.encoding) : std::nullopt;
    const std::optional<char> delimiter
        = m_delimiterChosen ? std::optional(m_preview->dialect.delimiter) : std::nullopt;
    if (m_content == Content::Devices)
        startDevices(encoding, delimiter);
    else
        startRecords(encoding, delimiter);
    m_progress->setValue(0);
    m_progress->show();
    showMessage(tr("Importing and validating\u2026"), false);
    refreshState();
}

void ImportDialog::startRecords(const std::optional<TextEncoding> &encoding,
                                const std::optional<char> &delimiter)
{
    ImportParams params;
    params.path = m_path;
    params.kind = kind();
    params.encoding = encoding;
    params.delimiter = delimiter;
    params.mapping = mapping();
    m_job = std::make_unique<ImportJob>();
    connect(m_job.get(), &ImportJob::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_job.get(), &ImportJob::previewReady, this, [this] {
        if (m_job && m_job->previewStore())
            emit previewReady(m_job->previewStore());
    });
    connect(m_job.get(), &ImportJob::finished, this, [this](bool succeeded) {
        QString error;
        finishImport(collect(m_job, succeeded, m_result, &error), error);
    });
    m_job->start(params);
}

void ImportDialog::startDevices(const std::optional<TextEncoding> &encoding,
                                const std::optional<char> &delimiter)
{
    DeviceImportParams params;
    params.path = m_path;
    params.journalPath = m_journalPath;
    params.encoding = encoding;
    params.delimiter = delimiter;
    params.columns = deviceColumns();
    m_deviceJob = std::make_unique<DeviceImportJob>();
    connect(m_deviceJob.get(), &DeviceImportJob::progressChanged, m_progress,
            &QProgressBar::setValue);
    connect(m_deviceJob.get(), &DeviceImportJob::finished, this, [this](bool succeeded) {
        QString error;
        finishImport(collect(m_deviceJob, succeeded, m_devicesResult, &error), error);
    });
    m_deviceJob->start(params);
}

void ImportDialog::cancelImport()
{
    if (!isImporting())
        return;
    m_cancelRequested = true;
    if (m_job)
        m_job->cancel();
    if (m_deviceJob)
        m_deviceJob->cancel();
    showMessage(tr("Cancelling\u2026"), false);
}

void ImportDialog::finishImport(bool succeeded, const QString &error)
{
    m_progress->hide();
    refreshState();
    if (succeeded) {
        emit importFinished(true);
        accept();
        return;
    }
    if (m_cancelRequested)
        showMessage(tr("The import was cancelled. Nothing was imported."), true);
    else
        showMessage(error.isEmpty() ? tr("The import failed.") : error, true);
    emit importFinished(false);
}

void ImportDialog::reject()
{
    if (isImporting()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

} // namespace Peere::Ui
