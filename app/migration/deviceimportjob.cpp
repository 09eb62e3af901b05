#include "deviceimportjob.h"

#include "devicelinkmodel.h"
#include "journal/journal.h"

namespace Peere {

DeviceImportJob::DeviceImportJob(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

DeviceImportJob::~DeviceImportJob()
{
    m_cancel = true;
    m_pool.waitForDone();
}

void DeviceImportJob::start(const DeviceImportParams &params)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = false;
    m_percent = 0;
    m_result.reset();
    m_pool.start([this, params] {
        CsvReader::Options options;
        options.encoding = params.encoding;
        options.delimiter = params.delimiter;
        options.cancel = &m_cancel;
        // Parsing is most of the work; the last steps (the journal's customers) share the rest.
        options.progress = [this](qint64 done, qint64 total) {
            const int percent = int(total > 0 ? done * 90 / total : 90);
            if (m_percent.exchange(percent) != percent) {
                QMetaObject::invokeMethod(
                    this, [this, percent] { emit progressChanged(percent); }, Qt::QueuedConnection);
            }
        };
        const auto journal = Journal::open(params.journalPath, Journal::OpenMode::ReadOnly);
        Result<DeviceFile::Contents> contents
            = journal ? DeviceFile::read(params.path, **journal, options, params.columns)
                      : Result<DeviceFile::Contents>(Failure{journal.error()});
        auto outcome = std::make_shared<Result<DeviceImport>>(Failure{contents.error()});
        if (contents) {
            const DeviceFile::Summary summary = DeviceFile::summarise(*contents);
            const QList<DeviceLink> invalid = DeviceLinkModel::invalidLinks(contents->entries);
            *outcome = DeviceImport{std::move(*contents), summary, invalid};
        }
        QMetaObject::invokeMethod(
            this,
            [this, outcome] {
                m_result = std::move(*outcome);
                m_running = false;
                if (m_result->hasValue())
                    emit progressChanged(100);
                emit finished(m_result->hasValue());
            },
            Qt::QueuedConnection);
    });
}

void DeviceImportJob::cancel()
{
    m_cancel = true;
}

} // namespace Peere
