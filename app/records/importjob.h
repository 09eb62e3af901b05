#pragma once

#include "csv/csvreader.h"
#include "csv/mappingtemplate.h"
#include "records/recordstore.h"
#include "common/result.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Peere {

// What to import: a file, the kind of its records and, optionally, what detection would decide.
struct ImportParams
{
    QString path;
    RecordKind kind = RecordKind::Customers;
    std::optional<TextEncoding> encoding;
    std::optional<char> delimiter;
    // The mapping to use, when it was made for this header; else `mappingTemplate` applied to
    // the header; else the automatic mapping.
    std::optional<ColumnMapping> mapping;
    std::optional<MappingTemplate> mappingTemplate;
    int threads = 0; // 0: one per core
};

// A finished import: the store holds the records, their mapping, issues and counts.
struct ImportResult
{
    QString fileName;
    CsvDialect dialect;
    std::shared_ptr<RecordStore> store;
    qint64 elapsedMs = 0;
};

// Reads, parses, maps and validates a file, blocking (the CLI and tests call this; the console
// uses ImportJob). `progress` gets 0-100 from the worker threads; `cancel` stops it early.
// Failures name the file and, for a broken quote, the line.
Result<ImportResult> runImport(const ImportParams &params,
                               const std::function<void(int percent)> &progress = {},
                               const std::atomic_bool *cancel = nullptr);

// The console's import: runImport on a thread of its own, a quick preview of the first rows
// first, progress as signals. Lives in (and signals to) the thread that created it.
class ImportJob : public QObject
{
    Q_OBJECT

public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override; // cancels and waits

    void start(const ImportParams &params);
    void cancel();
    bool isRunning() const { return m_running; }

    // The first rows, read from the head of the file; set when previewReady() is emitted.
    std::shared_ptr<const CsvDocument> preview() const { return m_preview; }
    // The same rows mapped and validated (in the job's thread, so that the GUI thread only
    // shows them), read-only; set when previewReady() is emitted.
    std::shared_ptr<RecordStore> previewStore() const { return m_previewStore; }
    // The outcome; set when finished() is emitted.
    const std::optional<Result<ImportResult>> &result() const { return m_result; }

    static constexpr int PreviewRows = 200;

signals:
    void previewReady();
    void progressChanged(int percent);
    void finished(bool succeeded);

private:
    QThreadPool m_pool;
    std::atomic_bool m_cancel{false};
    std::atomic<int> m_lastPercent{-1};
    bool m_running = false;
    std::shared_ptr<const CsvDocument> m_preview;
    std::shared_ptr<RecordStore> m_previewStore;
    std::optional<Result<ImportResult>> m_result;
};

} // namespace Peere
