#pragma once

// A test's input file: `bytes` written to `path`; the path, or an empty string when it cannot be
// written.
#include <QByteArray>
#include <QFile>
#include <QString>

inline QString writeTestFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}
