#include "bulkedits.h"

#include <QRegularExpression>

namespace Peere {

using namespace Qt::Literals::StringLiterals;

namespace {

// Calls `visit` for each row in `rows`, or every row of the store when `rows` is empty.
template<typename Visit>
void forRows(const RecordStore &store, std::span<const qint32> rows, Visit visit)
{
    if (rows.empty()) {
        for (qint32 row = 0; row < store.rowCount(); ++row)
            visit(row);
        return;
    }
    for (const qint32 row : rows) {
        if (row >= 0 && row < store.rowCount())
            visit(row);
    }
}

QString titleCase(const QString &value)
{
    QString result = value.toLower();
    bool wordStart = true;
    for (QChar &c : result) {
        if (c.isLetter()) {
            if (wordStart)
                c = c.toUpper();
            wordStart = false;
        } else {
            // "o'neil" -> "O'Neil", "jean-luc" -> "Jean-Luc"
            wordStart = c.isSpace() || c == u'-' || c == u'\'' || c == u'.';
        }
    }
    return result;
}

} // namespace

QList<BulkEdits::CellEdit> BulkEdits::suggestedFixes(const RecordStore &store, Rule rule, int field)
{
    QList<CellEdit> edits;
    for (const qint32 row : store.rowsWithIssue(rule, field)) {
        for (const ValidationIssue &issue : store.issues(row)) {
            if (issue.rule != rule || issue.field < 0 || (field != -2 && issue.field != field))
                continue;
            const std::optional<QString> fix = store.suggestedFix(issue);
            if (!fix)
                continue;
            QByteArray value = fix->toUtf8();
            if (store.value(row, issue.field) != value)
                edits.append({row, issue.field, std::move(value)});
        }
    }
    return edits;
}

Result<QList<BulkEdits::CellEdit>> BulkEdits::findReplace(const RecordStore &store, int field,
                                                          const QString &find,
                                                          const QString &replacement, bool regex,
                                                          Qt::CaseSensitivity caseSensitivity,
                                                          std::span<const qint32> rows)
{
    if (field < 0 || field >= store.fieldCount())
        return failure(tr("Choose the column to search in."));
    if (find.isEmpty())
        return failure(tr("Enter the text to find."));
    QRegularExpression expression;
    if (regex) {
        expression.setPattern(find);
        if (caseSensitivity == Qt::CaseInsensitive)
            expression.setPatternOptions(QRegularExpression::CaseInsensitiveOption);
        if (!expression.isValid())
            return failure(tr("The regular expression is not valid: %1 (at character %2).")
                               .arg(expression.errorString())
                               .arg(expression.patternErrorOffset() + 1));
    }
    // Plain and case-sensitive: most cells do not contain the text; skip them on the bytes.
    const QByteArray needle = find.toUtf8();
    QList<CellEdit> edits;
    forRows(store, rows, [&](qint32 row) {
        const QByteArrayView bytes = store.value(row, field);
        if (!regex && caseSensitivity == Qt::CaseSensitive && !bytes.contains(needle))
            return;
        if (bytes.isEmpty() && !regex)
            return;
        QString value = QString::fromUtf8(bytes);
        const QString before = value;
        if (regex)
            value.replace(expression, replacement);
        else
            value.replace(find, replacement, caseSensitivity);
        if (value != before)
            edits.append({row, field, value.toUtf8()});
    });
    return edits;
}

QString BulkEdits::transformed(const QString &value, Transform transform)
{
    switch (transform) {
    case Transform::Trim:
        return value.trimmed();
    case Transform::UpperCase:
        return value.toUpper();
    case Transform::LowerCase:
        return value.toLower();
    case Transform::TitleCase:
        return titleCase(value);
    case Transform::PhoneE164:
        break;
    }
    return value;
}

QList<BulkEdits::CellEdit> BulkEdits::transform(const RecordStore &store, int field,
                                                Transform transform, std::span<const qint32> rows)
{
    QList<CellEdit> edits;
    if (field < 0 || field >= store.fieldCount())
        return edits;
    forRows(store, rows, [&](qint32 row) {
        const QByteArrayView bytes = store.value(row, field);
        if (bytes.isEmpty())
            return;
        QByteArray value;
        if (transform == Transform::PhoneE164) {
            // The validator's own fix: the row's country decides a local number's prefix.
            const std::optional<QString> fix =
                store.suggestedFix({row, qint16(field), Rule::FormatPhone});
            if (!fix)
                return;
            value = fix->toUtf8();
        } else {
            value = transformed(QString::fromUtf8(bytes), transform).toUtf8();
        }
        if (bytes != value)
            edits.append({row, field, std::move(value)});
    });
    return edits;
}

} // namespace Peere
