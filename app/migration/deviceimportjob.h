#pragma once

#include "devicefile.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <optional>

namespace Peere {

// What to read: the devices file, the migration it belongs to, the dialect (detected when not
// set) and the columns (DeviceFile::mapColumns when not set).
struct DeviceImportParams
{
    QString path;
    QString journalPath;
    std::optional<TextEncoding> encoding;
    std::optional<char> delimiter;
    std::optional<DeviceFile::Columns> columns;
};

// A devices file read and checked, with what the Devices tab shows of it made ready in the job's
// thread.
struct DeviceImport
{
    DeviceFile::Contents contents;
    DeviceFile::Summary summary;
    QList<DeviceLink> invalid; // DeviceLinkModel::invalidLinks(contents.entries)
};

// The console's read of a devices file: DeviceFile::read in a thread of its own (the journal is
// opened there, read-only), then its summary and failing rows, progress as a signal, cancellable. Lives in (and signals to) the
// thread that created it.
class DeviceImportJob : public QObject
{
    Q_OBJECT

public:
    explicit DeviceImportJob(QObject *parent = nullptr);
    ~DeviceImportJob() override; // cancels and waits

    void start(const DeviceImportParams &params);
    void cancel();
    bool isRunning() const { return m_running; }
    // The outcome; set when finished() is emitted.
    const std::optional<Result<DeviceImport>> &result() const { return m_result; }

signals:
    void progressChanged(int percent);
    void finished(bool succeeded);

private:
    QThreadPool m_pool;
    std::atomic_bool m_cancel{false};
    std::atomic<int> m_percent{0};
    bool m_running = false;
    std::optional<Result<DeviceImport>> m_result;
};

} // namespace Peere
