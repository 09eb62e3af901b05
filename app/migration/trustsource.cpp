#include "trustsource.h"

#include "csv/csvreader.h"

#include <QThread>

namespace Peere {

namespace {

QString folded(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

} // namespace

Result<TrustSource> TrustSource::fromFile(const QString &path)
{
    CsvReader::Options options;
    options.threads = std::max(1, QThread::idealThreadCount());
    Result<CsvDocument> document = CsvReader::read(path, options);
    if (!document)
        return Failure{document.error()};
    TrustSource source;
    source.m_fileName = path;
    source.m_table = std::make_shared<const CsvTable>(std::move(document->table));
    return source;
}

QStringList TrustSource::columns() const
{
    return m_table ? m_table->header() : QStringList();
}

qint64 TrustSource::rowCount() const
{
    return m_table ? m_table->rowCount() : 0;
}

int TrustSource::column(const QString &name) const
{
    const QStringList header = columns();
    if (const qsizetype exact = header.indexOf(name); exact >= 0)
        return int(exact);
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return int(i);
    }
    const QString wanted = folded(name);
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (!wanted.isEmpty() && folded(header.at(i)) == wanted)
            return int(i);
    }
    return -1;
}

QString TrustSource::value(qint64 row, int column) const
{
    if (!m_table || column < 0 || row < 1 || row > m_table->rowCount())
        return {};
    return QString::fromUtf8(m_table->value(qint32(row - 1), column));
}

} // namespace Peere
