#pragma once

#include <QFont>
#include <QPainter>
#include <QStringList>

class QPagedPaintDevice;

namespace Peere::Report {

// Lays text, tables and drawing areas out down the pages of a paged device (the PDF), starting a
// new page when the next block does not fit, numbering the pages. Units are points (1/72 inch).
class ReportCanvas
{
public:
    explicit ReportCanvas(QPagedPaintDevice *device);
    ~ReportCanvas();

    bool isActive() const { return m_painter.isActive(); }
    QPainter &painter() { return m_painter; }
    double width() const { return m_width; }
    int pageCount() const { return m_page; }

    void title(const QString &text);
    void heading(const QString &text);
    void paragraph(const QString &text);
    // A table: `widths` are fractions of the page width, one per column; the header row in bold.
    void table(const QStringList &headers, const QList<QStringList> &rows,
               const QList<double> &widths);
    // Reserves `height` points across the page (on a new page when needed) and returns them.
    QRectF area(double height);
    void space(double points) { m_y += points; }
    void newPage();
    void finish();

private:
    void ensure(double height);
    double textHeight(const QString &text, const QFont &font, double width);
    void footer();

    QPagedPaintDevice *m_device;
    QPainter m_painter;
    double m_width = 0;
    double m_height = 0;
    double m_y = 0;
    int m_page = 1;
    QFont m_body;
};

} // namespace Peere::Report
