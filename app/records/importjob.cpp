#include "importjob.h"

#include "common/logging.h"

#include <QElapsedTimer>
#include <QThread>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

ColumnMapping chooseMapping(const ImportParams &params, const QStringList &header)
{
    if (params.mapping && params.mapping->kind() == params.kind
        && params.mapping->headers() == header)
        return *params.mapping;
    if (params.mappingTemplate && params.mappingTemplate->kind() == params.kind)
        return params.mappingTemplate->apply(header);
    return ColumnMapping::automatic(params.kind, header);
}

// Share of the progress bar: reading and parsing up to here, validating after.
constexpr int parseShare = 40;

} // namespace

Result<ImportResult> runImport(const ImportParams &params,
                               const std::function<void(int percent)> &progress,
                               const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    const int threads = params.threads > 0 ? params.threads
                                           : std::clamp(QThread::idealThreadCount(), 1, 16);
    CsvReader::Options options;
    options.encoding = params.encoding;
    options.delimiter = params.delimiter;
    options.threads = threads;
    options.cancel = cancel;
    if (progress) {
        options.progress = [&progress](qint64 done, qint64 total) {
            progress(int(total > 0 ? done * parseShare / total : parseShare));
        };
    }
    Result<CsvDocument> document = CsvReader::read(params.path, options);
    if (!document)
        return failure(document.error());
    qCDebug(lcCsv) << "parsed" << document->table.rowCount() << "rows in" << timer.elapsed() << "ms";

    ImportResult result;
    result.fileName = document->fileName;
    result.dialect = document->dialect;
    ColumnMapping mapping = chooseMapping(params, document->table.header());
    result.store = std::make_shared<RecordStore>(params.kind, std::move(document->table),
                                                 std::move(mapping));
    std::function<void(qint32, qint32)> validated;
    if (progress) {
        validated = [&progress](qint32 done, qint32 total) {
            progress(parseShare + int(total > 0 ? qint64(done) * (100 - parseShare) / total : 0));
        };
    }
    if (!result.store->validateAll(threads, validated, cancel))
        return failure(u"%1: the import was cancelled"_s.arg(result.fileName));
    if (progress)
        progress(100);
    result.elapsedMs = timer.elapsed();
    qCDebug(lcCsv) << "imported and validated" << result.store->rowCount() << "rows in"
                   << result.elapsedMs << "ms";
    return result;
}

ImportJob::ImportJob(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

ImportJob::~ImportJob()
{
    m_cancel = true;
    m_pool.waitForDone();
}

void ImportJob::start(const ImportParams &params)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = false;
    m_lastPercent = -1;
    m_preview.reset();
    m_previewStore.reset();
    m_result.reset();
    m_pool.start([this, params] {
        // The head first, so that the first rows show while the rest is read.
        CsvReader::Options options;
        options.encoding = params.encoding;
        options.delimiter = params.delimiter;
        Result<CsvDocument> head = CsvReader::preview(params.path, options, PreviewRows);
        if (head) {
            auto preview = std::make_shared<const CsvDocument>(std::move(*head));
            auto store = std::make_shared<RecordStore>(
                params.kind, preview->table, chooseMapping(params, preview->table.header()));
            store->validateAll(1);
            QMetaObject::invokeMethod(
                this,
                [this, preview, store] {
                    m_preview = preview;
                    m_previewStore = store;
                    emit previewReady();
                },
                Qt::QueuedConnection);
        }
        const auto progress = [this](int percent) {
            int last = m_lastPercent.load();
            while (percent > last) {
                if (m_lastPercent.compare_exchange_weak(last, percent)) {
                    QMetaObject::invokeMethod(this, [this, percent] {
                        emit progressChanged(percent);
                    }, Qt::QueuedConnection);
                    break;
                }
            }
        };
        auto outcome = std::make_shared<Result<ImportResult>>(runImport(params, progress, &m_cancel));
        QMetaObject::invokeMethod(this, [this, outcome] {
            m_result = std::move(*outcome);
            m_running = false;
            emit finished(m_result->hasValue());
        }, Qt::QueuedConnection);
    });
}

void ImportJob::cancel()
{
    m_cancel = true;
}

} // namespace Peere
