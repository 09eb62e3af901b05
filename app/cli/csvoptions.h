#pragma once

#include "command.h"
#include "csv/csvdialect.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QMutex>

#include <atomic>
#include <optional>

namespace Peere::Cli {

// --delimiter C and --encoding NAME, shared by validate, inspect and run (../shared/cli.md).
class CsvOptions
{
public:
    CsvOptions();
    void addTo(QCommandLineParser &parser) const;
    // Reads the options; on a bad value writes one line naming the option and returns false.
    bool read(const QCommandLineParser &parser, Io &io);

    std::optional<char> delimiter;
    std::optional<TextEncoding> encoding;

private:
    QCommandLineOption m_delimiter;
    QCommandLineOption m_encoding;
};

// The one FILE argument of a command; on none or several, writes one line and returns false.
bool singleFile(const QCommandLineParser &parser, const QString &command, Io &io, QString *file);

// A progress bar on stderr, drawn only when stderr is a terminal. update() may be called from
// any thread.
class ProgressBar
{
public:
    ProgressBar(Io &io, const QString &label);
    ~ProgressBar();
    void update(int percent);

private:
    Io &m_io;
    QString m_label;
    std::atomic<int> m_percent{-1};
    QMutex m_mutex;
};

} // namespace Peere::Cli
