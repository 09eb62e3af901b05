#include "csvwriter.h"

namespace Peere {

QByteArray CsvWriter::quoted(QByteArrayView cell, char delimiter)
{
    bool needsQuotes = !cell.isEmpty() && (cell.front() == ' ' || cell.back() == ' ');
    for (const char c : cell) {
        if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return cell.toByteArray();
    QByteArray out;
    out.reserve(cell.size() + 2);
    out += '"';
    for (const char c : cell) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

QByteArray CsvWriter::spreadsheetSafe(QByteArrayView cell)
{
    if (cell.isEmpty())
        return {};
    const char first = cell.front();
    if (first != '=' && first != '+' && first != '-' && first != '@' && first != '\t'
        && first != '\r')
        return cell.toByteArray();
    if (first == '+' || first == '-') {
        // "+234 803 123 4567" and "-42" are data, not formulas: digits (and, after a +, the
        // spaces, dashes, dots and brackets of a written phone number) only.
        bool digits = false;
        bool plain = true;
        for (qsizetype i = 1; i < cell.size() && plain; ++i) {
            const char c = cell[i];
            if (c >= '0' && c <= '9')
                digits = true;
            else if (first == '-' && c == '.')
                continue;
            else if (!(first == '+' && (c == ' ' || c == '(' || c == ')' || c == '.'
                                       || (c == '-' && digits))))
                plain = false;
        }
        if (plain && digits)
            return cell.toByteArray();
    }
    return QByteArray("'").append(cell);
}

} // namespace Peere
