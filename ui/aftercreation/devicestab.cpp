#include "devicestab.h"

#include "aftercreationpage.h"
#include "import/importdialog.h"

#include "journal/journal.h"
#include "migration/devicelinkerhost.h"
#include "migration/devicelinkmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

DevicesTab::DevicesTab(AfterCreationPage *page, QWidget *parent)
    : QWidget(parent)
    , m_page(page)
    , m_host(new DeviceLinkerHost(this))
    , m_model(new DeviceLinkModel(this))
    , m_fileLabel(new QLabel)
    , m_validation(new QLabel)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_choose(new QPushButton(tr("Choose devices file…")))
    , m_link(new QPushButton(tr("Link devices")))
    , m_pause(new QPushButton(tr("Pause")))
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_table(new QTableView)
{
    m_choose->setObjectName(u"devicesChoose"_s);
    m_link->setObjectName(u"devicesLink"_s);
    m_pause->setObjectName(u"devicesPause"_s);
    m_cancel->setObjectName(u"devicesCancel"_s);
    m_validation->setObjectName(u"devicesValidation"_s);
    m_status->setObjectName(u"devicesStatus"_s);
    m_progress->setObjectName(u"devicesProgress"_s);
    m_table->setObjectName(u"devicesTable"_s);
    m_validation->setWordWrap(true);
    m_status->setWordWrap(true);
    m_fileLabel->setText(tr("No devices file chosen. It names each customer by clientRef, "
                            "reference or email, and one or more deviceId columns."));
    m_fileLabel->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);

    connect(m_choose, &QPushButton::clicked, this, [this] { importDevicesFile(); });
    connect(m_link, &QPushButton::clicked, this, &DevicesTab::link);
    connect(m_pause, &QPushButton::clicked, this, &DevicesTab::pauseOrResume);
    connect(m_cancel, &QPushButton::clicked, this, &DevicesTab::cancel);
    connect(m_host, &DeviceLinkerHost::progressChanged, this, &DevicesTab::showCounts);
    connect(m_host, &DeviceLinkerHost::stateChanged, this, &DevicesTab::setRunState);
    connect(m_host, &DeviceLinkerHost::failedToStart, this, [this](const QString &message) {
        m_status->setText(message);
        setRunState(RunnerState::Failed);
        emit linkingFinished(RunnerState::Failed, message);
    });
    connect(m_host,
            &DeviceLinkerHost::finished,
            this,
            [this](RunnerState state, const QString &message) {
                setRunState(state);
                showFailures();
                if (state == RunnerState::Failed)
                    m_status->setText(tr("Linking stopped: %1").arg(message));
                emit linkingFinished(state, message);
            });

    auto fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(m_choose);
    auto actions = new QHBoxLayout;
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_link);
    actions->addWidget(m_pause);
    actions->addWidget(m_cancel);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_validation);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    updateButtons();
}

DevicesTab::~DevicesTab() = default;

void DevicesTab::setJournalPath(const QString &path)
{
    if (m_host->isActive())
        m_host->cancel();
    m_journalPath = path;
    m_entries.clear();
    m_summary = {};
    m_validation->clear();
    m_counts = {};
    m_status->clear();
    m_model->setLinks({});
    // What an earlier linking of this migration left.
    if (!path.isEmpty()) {
        if (const auto journal = Journal::open(path, Journal::OpenMode::ReadOnly)) {
            if (const Result<DeviceCounts> counts = (*journal)->deviceCounts();
                counts && counts->total > 0) {
                showCounts(*counts);
                showFailures();
            }
        }
    }
    updateButtons();
}

ImportDialog *DevicesTab::importDevicesFile(const QString &path)
{
    ImportDialog *dialog = m_dialog.data();
    if (dialog && dialog->isImporting()) {
        dialog->raise();
        return dialog;
    }
    if (!dialog) {
        dialog = new ImportDialog(ImportDialog::Content::Devices, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            if (dialog->devicesResult())
                setDevices(dialog->filePath(), *dialog->devicesResult());
        });
        m_dialog = dialog;
    }
    dialog->setJournalPath(m_journalPath);
    if (!path.isEmpty())
        dialog->openFile(path);
    dialog->open();
    return dialog;
}

void DevicesTab::setDevices(const QString &path, const DeviceImport &devices)
{
    m_devicesPath = path;
    m_fileLabel->setText(QDir::toNativeSeparators(path));
    m_entries = devices.contents.entries;
    m_summary = devices.summary;
    const QLocale locale;
    m_validation->setText(tr("Rows: %1 · Devices: %2 · Ready to link: %3 · With problems: %4")
                              .arg(locale.toString(m_summary.rows),
                                   locale.toString(m_summary.devices),
                                   locale.toString(m_summary.valid),
                                   locale.toString(m_summary.invalid)));
    m_model->setLinks(devices.invalid);
    m_table->resizeColumnsToContents();
    updateButtons();
}

void DevicesTab::link()
{
    if (m_host->isActive() || m_entries.isEmpty() || m_journalPath.isEmpty())
        return;
    setRunState(RunnerState::Running);
    m_status->setText(tr("Connecting…"));
    m_page->clientOptions(
        RecordKind::Customers, this, [this](const Result<ApiClientOptions> &options) {
            if (!options) {
                m_status->setText(options.error());
                setRunState(RunnerState::Failed);
                emit linkingFinished(RunnerState::Failed, options.error());
                return;
            }
            m_host->start(m_journalPath, m_entries, *options);
        });
}

void DevicesTab::pauseOrResume()
{
    if (m_state == RunnerState::Running)
        m_host->pause();
    else if (m_state == RunnerState::Paused)
        m_host->resume();
}

void DevicesTab::cancel()
{
    m_host->cancel();
}

void DevicesTab::showCounts(const DeviceCounts &counts)
{
    m_counts = counts;
    const qint64 valid = counts.total - counts.invalid;
    m_progress->setRange(0, int(std::max<qint64>(1, valid)));
    m_progress->setValue(int(counts.linked + counts.failed));
    const QLocale locale;
    m_status->setText(tr("Linked: %1 · Failed: %2 · To do: %3 · Invalid: %4")
                          .arg(locale.toString(counts.linked),
                               locale.toString(counts.failed),
                               locale.toString(counts.open()),
                               locale.toString(counts.invalid)));
}

void DevicesTab::showFailures()
{
    const auto journal = Journal::open(m_journalPath, Journal::OpenMode::ReadOnly);
    if (!journal)
        return;
    if (const Result<DeviceCounts> counts = (*journal)->deviceCounts())
        showCounts(*counts);
    QList<DeviceLink> failures;
    (void)(*journal)->forEachDeviceFailure([&](const DeviceLink &link) { failures.append(link); });
    m_model->setLinks(failures);
    m_table->resizeColumnsToContents();
}

void DevicesTab::setRunState(RunnerState state)
{
    m_state = state;
    m_pause->setText(state == RunnerState::Paused ? tr("Resume") : tr("Pause"));
    updateButtons();
}

void DevicesTab::updateButtons()
{
    const bool busy = m_state == RunnerState::Running || m_state == RunnerState::Paused;
    m_choose->setEnabled(!busy && !m_journalPath.isEmpty());
    m_link->setEnabled(!busy && !m_journalPath.isEmpty() && m_summary.valid > 0);
    m_pause->setEnabled(busy);
    m_cancel->setEnabled(busy);
}

QString DevicesTab::validationText() const
{
    return m_validation->text();
}

QString DevicesTab::statusText() const
{
    return m_status->text();
}

} // namespace Peere::Ui
