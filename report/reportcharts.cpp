#include "reportcharts.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Peere::Report {

using namespace Qt::Literals::StringLiterals;

namespace {

// A round step for about `ticks` divisions of [0, max].
double niceStep(double max, int ticks)
{
    if (max <= 0)
        return 1;
    const double raw = max / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10 * magnitude;
}

QString number(double value)
{
    const double rounded = std::round(value);
    return std::abs(value - rounded) < 1e-9 ? QLocale().toString(qint64(rounded))
                                            : QLocale().toString(value, 'g', 3);
}

// Title on top, legend at the bottom; returns the plot area left.
QRectF frame(QPainter &painter, const QRectF &rect, const QString &title,
             const QList<std::pair<QString, QColor>> &legend)
{
    QFont font = painter.font();
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), 16), Qt::AlignLeft, title);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    double x = rect.left();
    const double y = rect.bottom() - 12;
    for (const auto &[name, colour] : legend) {
        painter.fillRect(QRectF(x, y + 2, 10, 8), colour);
        painter.drawText(QPointF(x + 14, y + 10), name);
        x += 24 + metrics.horizontalAdvance(name);
    }
    return QRectF(rect.left(), rect.top() + 20, rect.width(), rect.height() - 38);
}

} // namespace

void drawLineChart(QPainter &painter, const QRectF &rect, const QString &title,
                   const QList<LineSeries> &series, const QString &xTitle, const QString &yTitle)
{
    painter.save();
    QList<std::pair<QString, QColor>> legend;
    double xMin = 0, xMax = 1, yMax = 1;
    bool first = true;
    for (const LineSeries &line : series) {
        legend.append({line.name, line.colour});
        for (const QPointF &point : line.points) {
            xMin = first ? point.x() : std::min(xMin, point.x());
            xMax = first ? point.x() : std::max(xMax, point.x());
            yMax = std::max(yMax, point.y());
            first = false;
        }
    }
    if (xMax <= xMin)
        xMax = xMin + 1;
    QFont small = painter.font();
    small.setPointSizeF(7.5);
    const QRectF area = frame(painter, rect, title, legend);
    painter.setFont(small);
    const double step = niceStep(yMax * 1.05, 5);
    yMax = std::ceil(yMax * 1.05 / step) * step;
    const QRectF plot = area.adjusted(42, 4, -8, -24);
    const auto map = [&](const QPointF &p) {
        return QPointF(plot.left() + (p.x() - xMin) / (xMax - xMin) * plot.width(),
                       plot.bottom() - p.y() / yMax * plot.height());
    };
    painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.5));
    for (double y = 0; y <= yMax + 1e-9; y += step) {
        const double py = plot.bottom() - y / yMax * plot.height();
        painter.drawLine(QPointF(plot.left(), py), QPointF(plot.right(), py));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(plot.left() - 42, py - 6, 38, 12), Qt::AlignRight | Qt::AlignVCenter,
                         number(y));
        painter.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 0.5));
    }
    painter.setPen(Qt::black);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    painter.drawText(QRectF(plot.left(), plot.bottom() + 2, 60, 12), Qt::AlignLeft, number(xMin));
    painter.drawText(QRectF(plot.right() - 60, plot.bottom() + 2, 60, 12), Qt::AlignRight,
                     number(xMax));
    painter.drawText(QRectF(plot.left(), plot.bottom() + 10, plot.width(), 12), Qt::AlignHCenter,
                     xTitle);
    painter.save();
    painter.translate(area.left() + 8, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plot.height() / 2, -8, plot.height(), 12), Qt::AlignHCenter, yTitle);
    painter.restore();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const LineSeries &line : series) {
        QPen pen(line.colour, 1.2);
        if (line.dashed)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        if (line.markers) {
            painter.setBrush(line.colour);
            for (const QPointF &point : line.points)
                painter.drawEllipse(map(point), 1.8, 1.8);
            painter.setBrush(Qt::NoBrush);
            continue;
        }
        QPainterPath path;
        for (qsizetype i = 0; i < line.points.size(); ++i) {
            const QPointF p = map(line.points.at(i));
            i == 0 ? path.moveTo(p) : path.lineTo(p);
        }
        painter.drawPath(path);
    }
    painter.restore();
}

void drawBarChart(QPainter &painter, const QRectF &rect, const QString &title,
                  const QStringList &categories, const QList<BarSet> &sets,
                  const QString &valueTitle, double target)
{
    painter.save();
    QList<std::pair<QString, QColor>> legend;
    double max = std::max(target, 0.0);
    for (const BarSet &set : sets) {
        legend.append({set.name, set.colour});
        for (double value : set.values)
            max = std::max(max, value);
    }
    if (max <= 0)
        max = 1;
    const QRectF area = frame(painter, rect, title, legend);
    QFont small = painter.font();
    small.setPointSizeF(7.5);
    painter.setFont(small);
    const double labelWidth = std::min(180.0, area.width() * 0.4);
    const QRectF plot = area.adjusted(labelWidth, 2, -30, -22);
    const double step = niceStep(max * 1.05, 5);
    max = std::ceil(max * 1.05 / step) * step;
    const double rowHeight = categories.isEmpty() ? 0 : plot.height() / double(categories.size());
    const double barHeight = sets.isEmpty() ? 0 : std::min(12.0, rowHeight * 0.8 / double(sets.size()));
    const QFontMetricsF metrics(small);
    for (qsizetype row = 0; row < categories.size(); ++row) {
        const double top = plot.top() + double(row) * rowHeight;
        painter.setPen(Qt::black);
        const QString label = metrics.elidedText(categories.at(row), Qt::ElideRight, labelWidth - 6);
        painter.drawText(QRectF(area.left(), top, labelWidth - 6, rowHeight),
                         Qt::AlignRight | Qt::AlignVCenter, label);
        double y = top + (rowHeight - barHeight * double(sets.size())) / 2;
        for (const BarSet &set : sets) {
            const double value = row < set.values.size() ? set.values.at(row) : 0;
            const double w = value / max * plot.width();
            painter.fillRect(QRectF(plot.left(), y, w, barHeight), set.colour);
            painter.drawText(QRectF(plot.left() + w + 2, y, 60, barHeight),
                             Qt::AlignLeft | Qt::AlignVCenter, number(value));
            y += barHeight;
        }
    }
    painter.setPen(Qt::black);
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    for (double v = 0; v <= max + 1e-9; v += step) {
        const double x = plot.left() + v / max * plot.width();
        painter.drawText(QRectF(x - 20, plot.bottom() + 1, 40, 10), Qt::AlignHCenter, number(v));
    }
    painter.drawText(QRectF(plot.left(), plot.bottom() + 10, plot.width(), 12), Qt::AlignHCenter,
                     valueTitle);
    if (target > 0) {
        const double x = plot.left() + target / max * plot.width();
        QPen pen(QColor(0xc0, 0x30, 0x30), 1);
        pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    painter.restore();
}

} // namespace Peere::Report
