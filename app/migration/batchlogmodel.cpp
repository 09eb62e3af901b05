#include "batchlogmodel.h"

#include "metrics/phasemetricsmodel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

BatchLogEntry BatchLogEntry::fromFigures(const BatchFigures &figures)
{
    BatchLogEntry entry;
    entry.id = figures.batch;
    entry.phase = figures.phase;
    entry.size = figures.size;
    entry.httpStatus = figures.httpStatus;
    entry.created = figures.created;
    entry.duplicates = figures.duplicates;
    entry.failed = figures.failed;
    entry.latencyMs = figures.latencyMs;
    entry.attempts = figures.attempts;
    entry.state = figures.state;
    entry.message = figures.message;
    return entry;
}

BatchLogEntry BatchLogEntry::fromJournal(const BatchInfo &info)
{
    BatchLogEntry entry;
    entry.id = info.id;
    entry.phase = info.phase;
    entry.size = info.size;
    entry.httpStatus = info.answer.httpStatus;
    entry.latencyMs = info.answer.latencyMs;
    entry.attempts = info.answer.attempts;
    entry.state = info.state;
    entry.message = info.answer.message;
    const QJsonObject summary = QJsonDocument::fromJson(info.answer.summary).object();
    if (!summary.isEmpty()) {
        entry.created = summary.value("successful"_L1).toInt(-1);
        entry.duplicates = summary.value("duplicates"_L1).toInt(-1);
        entry.failed = std::max(0, summary.value("invalidData"_L1).toInt(0));
    } else if (info.state == "rejected"_L1
               && (entry.httpStatus == 400 || entry.httpStatus == 413 || entry.httpStatus == 422)) {
        entry.failed = entry.size; // one record the server refused on its own
    }
    return entry;
}

BatchLogModel::BatchLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

VoidResult BatchLogModel::load(const Journal &journal)
{
    const Result<QList<BatchInfo>> batches = journal.batches();
    if (!batches)
        return Failure{batches.error()};
    QList<BatchLogEntry> entries;
    entries.reserve(batches->size());
    for (const BatchInfo &info : *batches)
        entries.append(BatchLogEntry::fromJournal(info));
    setEntries(entries);
    return {};
}

void BatchLogModel::setEntries(const QList<BatchLogEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_rowOfBatch.clear();
    m_rowOfBatch.reserve(m_entries.size());
    for (int row = 0; row < m_entries.size(); ++row)
        m_rowOfBatch.insert(m_entries.at(row).id, row);
    endResetModel();
}

void BatchLogModel::clear()
{
    setEntries({});
}

void BatchLogModel::addBatch(const BatchLogEntry &entry)
{
    if (const auto found = m_rowOfBatch.constFind(entry.id); found != m_rowOfBatch.cend()) {
        m_entries[*found] = entry;
        emit dataChanged(index(*found, 0), index(*found, ColumnCount - 1));
        return;
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    m_rowOfBatch.insert(entry.id, row);
    endInsertRows();
}

QString BatchLogModel::describe(const BatchLogEntry &entry)
{
    const QString &state = entry.state;
    if (state == "unknown"_L1)
        return entry.message.isEmpty()
                   ? tr("No usable answer: the records' fate is looked up before any re-send.")
                   : tr("No usable answer (%1): the records' fate is looked up before any "
                        "re-send.").arg(entry.message);
    if (state == "split"_L1)
        return tr("Refused whole: split in two to find the records the server refuses.");
    if (state == "notSent"_L1)
        return tr("Could not reach the server (%1): nothing was sent, tried again later.")
            .arg(entry.message);
    if (state == "inflight"_L1)
        return tr("In flight");
    return entry.message;
}

int BatchLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BatchLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BatchLogEntry &entry = m_entries.at(index.row());
    switch (role) {
    case StateRole: return entry.state;
    case HttpStatusRole: return entry.httpStatus;
    case PhaseRole: return int(entry.phase);
    case BatchIdRole: return entry.id;
    case Qt::TextAlignmentRole:
        return index.column() == PhaseColumn || index.column() == Message
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return index.column() == Message ? QVariant(describe(entry)) : QVariant();
    case Qt::DisplayRole: break;
    default: return {};
    }
    const QLocale locale;
    const auto count = [&](int value) {
        return value < 0 ? QVariant(u"–"_s) : QVariant(locale.toString(value));
    };
    switch (Column(index.column())) {
    case Batch: return entry.id;
    case PhaseColumn: return PhaseMetricsModel::phaseTitle(entry.phase);
    case Size: return locale.toString(entry.size);
    case HttpStatus:
        return entry.httpStatus > 0 ? QVariant(entry.httpStatus) : QVariant(tr("none"));
    case Created: return count(entry.created);
    case Duplicates: return count(entry.duplicates);
    case Failed: return locale.toString(entry.failed);
    case Latency:
        return entry.latencyMs < 10000
                   ? tr("%1 ms").arg(locale.toString(entry.latencyMs))
                   : tr("%1 s").arg(locale.toString(double(entry.latencyMs) / 1000.0, 'f', 1));
    case Attempts: return entry.attempts;
    case Message: return describe(entry);
    case ColumnCount: break;
    }
    return {};
}

QVariant BatchLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Batch: return tr("Batch");
    case PhaseColumn: return tr("Phase");
    case Size: return tr("Size");
    case HttpStatus: return tr("HTTP");
    case Created: return tr("Created");
    case Duplicates: return tr("Duplicates");
    case Failed: return tr("Failed");
    case Latency: return tr("Latency");
    case Attempts: return tr("Attempts");
    case Message: return tr("Message");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Peere
