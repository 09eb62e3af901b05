#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Peere {

// Writing CSV that spreadsheets open safely: RFC 4180 quoting, and cells that a spreadsheet would
// run as a formula (starting with =, +, -, @, tab or carriage return) neutralised with a leading
// single quote, except plain numbers and "+" phone numbers, which stay readable.
class CsvWriter
{
public:
    // `cell` quoted when it holds the delimiter, a quote, a line break or edge white space.
    static QByteArray quoted(QByteArrayView cell, char delimiter = ',');
    // `cell` with a leading ' when a spreadsheet would take it for a formula.
    static QByteArray spreadsheetSafe(QByteArrayView cell);
    // Both: what goes into an export.
    static QByteArray exportCell(QByteArrayView cell, char delimiter = ',')
    {
        return quoted(spreadsheetSafe(cell), delimiter);
    }
    // A whole line of cells, CRLF-terminated.
    template<typename Cells>
    static QByteArray line(const Cells &cells, char delimiter = ',')
    {
        QByteArray out;
        bool first = true;
        for (const auto &cell : cells) {
            if (!first)
                out += delimiter;
            first = false;
            out += exportCell(QByteArrayView(cell), delimiter);
        }
        out += "\r\n";
        return out;
    }
};

} // namespace Peere
