#include "verificationmodel.h"

#include "journal/journal.h"
#include "migration/verification.h"

namespace Peere {

VerificationModel::VerificationModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void VerificationModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_counts = {};
    endResetModel();
}

VoidResult VerificationModel::load(const Journal &journal)
{
    const Result<JournalCounts> counts = journal.counts();
    if (!counts) {
        clear();
        return Failure{counts.error()};
    }
    const RecordKind kind = journal.kind().value_or(RecordKind::Customers);
    // Customers are named by their own id at the bank, merchants by their e-mail.
    const int nameField
        = kind == RecordKind::Customers ? int(CustomerField::ClientRef) : int(MerchantField::Email);
    QList<Row> rows;
    Counts figures;
    figures.verified = counts->verified;
    figures.toVerify = counts->migrated - counts->verified;
    qint64 after = 0;
    for (;;) {
        const Result<QList<JournalRecord>> page
            = journal.records(std::nullopt, RecordState::Mismatch, 1000, after);
        if (!page) {
            clear();
            return Failure{page.error()};
        }
        for (const JournalRecord &record : std::as_const(page.value())) {
            const bool notFound = Verification::isNotFound(record.reason);
            (notFound ? figures.notFound : figures.mismatch) += 1;
            rows.append({record.row,
                         QString::fromUtf8(record.values.value(nameField)),
                         record.reason,
                         notFound});
        }
        if (page->size() < 1000)
            break;
        after = page->last().row;
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_counts = figures;
    endResetModel();
    return {};
}

int VerificationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VerificationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VerificationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RowColumn:
            return row.row;
        case RecordColumn:
            return row.record;
        case DifferencesColumn:
            return row.notFound ? tr("Not found on the server") : row.reason;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == DifferencesColumn ? row.reason : QVariant();
    case NotFoundRole:
        return row.notFound;
    case JournalRowRole:
        return row.row;
    }
    return {};
}

QVariant VerificationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case RecordColumn:
        return tr("Record");
    case DifferencesColumn:
        return tr("Differences");
    }
    return {};
}

} // namespace Peere
