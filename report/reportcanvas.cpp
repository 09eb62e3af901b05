#include "reportcanvas.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>

namespace Peere::Report {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double footerHeight = 24;

} // namespace

ReportCanvas::ReportCanvas(QPagedPaintDevice *device)
    : m_device(device)
{
    if (!m_painter.begin(device))
        return;
    // Points: the device's resolution (set by the writer) maps to 72 units per inch.
    const double scale = double(device->logicalDpiX()) / 72.0;
    m_painter.scale(scale, scale);
    m_width = double(device->width()) / scale;
    m_height = double(device->height()) / scale - footerHeight;
    m_body = QFont(u"DejaVu Sans"_s);
    m_body.setStyleHint(QFont::SansSerif);
    m_body.setPointSizeF(9.5);
    m_painter.setFont(m_body);
}

ReportCanvas::~ReportCanvas()
{
    if (m_painter.isActive())
        finish();
}

double ReportCanvas::textHeight(const QString &text, const QFont &font, double width)
{
    const QFontMetricsF metrics(font, m_device);
    // Metrics are in device pixels: bring them back to points.
    const double scale = double(m_device->logicalDpiX()) / 72.0;
    const QRectF bounds = metrics.boundingRect(QRectF(0, 0, width * scale, 1e6),
                                               Qt::TextWordWrap, text);
    return bounds.height() / scale;
}

void ReportCanvas::ensure(double height)
{
    if (m_y + height > m_height && m_y > 0)
        newPage();
}

void ReportCanvas::newPage()
{
    footer();
    m_device->newPage();
    ++m_page;
    m_y = 0;
}

void ReportCanvas::footer()
{
    QFont small = m_body;
    small.setPointSizeF(8);
    m_painter.setFont(small);
    m_painter.setPen(Qt::darkGray);
    m_painter.drawText(QRectF(0, m_height + 8, m_width, footerHeight - 8), Qt::AlignRight,
                       QCoreApplication::translate("Peere::Report", "Page %1").arg(m_page));
    m_painter.setPen(Qt::black);
    m_painter.setFont(m_body);
}

void ReportCanvas::finish()
{
    footer();
    m_painter.end();
}

void ReportCanvas::title(const QString &text)
{
    QFont font = m_body;
    font.setPointSizeF(20);
    font.setBold(true);
    const double h = textHeight(text, font, m_width);
    ensure(h + 8);
    m_painter.setFont(font);
    m_painter.drawText(QRectF(0, m_y, m_width, h), Qt::TextWordWrap, text);
    m_painter.setFont(m_body);
    m_y += h + 8;
}

void ReportCanvas::heading(const QString &text)
{
    QFont font = m_body;
    font.setPointSizeF(13);
    font.setBold(true);
    const double h = textHeight(text, font, m_width);
    ensure(h + 60); // a heading never ends a page alone
    m_y += 6;
    m_painter.setFont(font);
    m_painter.drawText(QRectF(0, m_y, m_width, h), Qt::TextWordWrap, text);
    m_painter.setFont(m_body);
    m_y += h + 4;
}

void ReportCanvas::paragraph(const QString &text)
{
    const double h = textHeight(text, m_body, m_width);
    ensure(h + 4);
    m_painter.drawText(QRectF(0, m_y, m_width, h), Qt::TextWordWrap, text);
    m_y += h + 4;
}

void ReportCanvas::table(const QStringList &headers, const QList<QStringList> &rows,
                         const QList<double> &widths)
{
    QFont bold = m_body;
    bold.setBold(true);
    const auto rowHeight = [&](const QStringList &cells, const QFont &font) {
        double h = 0;
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            h = std::max(h, textHeight(cells.at(i), font, widths.at(i) * m_width - 6));
        return h + 4;
    };
    const auto drawRow = [&](const QStringList &cells, const QFont &font, bool shaded) {
        const double h = rowHeight(cells, font);
        ensure(h);
        if (shaded)
            m_painter.fillRect(QRectF(0, m_y, m_width, h), QColor(0xee, 0xee, 0xee));
        m_painter.setFont(font);
        double x = 0;
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
            const double w = widths.at(i) * m_width;
            m_painter.drawText(QRectF(x + 3, m_y + 2, w - 6, h - 2), Qt::TextWordWrap,
                               cells.at(i));
            x += w;
        }
        m_painter.setFont(m_body);
        m_y += h;
    };
    drawRow(headers, bold, true);
    m_painter.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
    for (const QStringList &row : rows)
        drawRow(row, m_body, false);
    m_y += 6;
}

QRectF ReportCanvas::area(double height)
{
    ensure(height);
    const QRectF rect(0, m_y, m_width, height);
    m_y += height + 6;
    return rect;
}

} // namespace Peere::Report
