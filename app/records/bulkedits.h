#pragma once

#include "records/recordstore.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace Peere {

// The review table's bulk fixes, computed as lists of cell edits (nothing is changed here): the
// caller applies them in one step (RecordTableModel::applyEdits, one undo command). Cells whose
// value would not change are left out. `rows` limits a fix to those rows (the rows shown); empty
// means every row. Reads the store only; GUI thread (or any thread while nothing edits it).
class BulkEdits
{
    Q_DECLARE_TR_FUNCTIONS(BulkEdits)

public:
    using CellEdit = RecordStore::CellEdit;
    enum class Transform { Trim, UpperCase, LowerCase, TitleCase, PhoneE164 };

    // The suggested fix of every issue of `rule` (on `field`, any when -2) that has one.
    static QList<CellEdit> suggestedFixes(const RecordStore &store, Rule rule, int field = -2);
    // Replaces every occurrence of `find` in `field`: plain text, or a regular expression whose
    // replacement may use \1..\9. Fails on an invalid expression, naming the problem.
    static Result<QList<CellEdit>> findReplace(const RecordStore &store, int field,
                                               const QString &find, const QString &replacement,
                                               bool regex, Qt::CaseSensitivity caseSensitivity,
                                               std::span<const qint32> rows = {});
    // Trim, upper/lower/title case, or a phone number to E.164 (using the row's country).
    static QList<CellEdit> transform(const RecordStore &store, int field, Transform transform,
                                     std::span<const qint32> rows = {});

    static QString transformed(const QString &value, Transform transform);
};

} // namespace Peere
