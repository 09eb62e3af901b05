#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace Peere::Report {

// Charts drawn with QPainter alone (no Qt Charts, no widgets), so that peere-migrate can write
// the report headless. Text (titles, axis labels, legends) is drawn as text.
struct LineSeries
{
    QString name;
    QList<QPointF> points;
    QColor colour;
    bool dashed = false;  // target lines
    bool markers = false; // points rather than a line
};

struct BarSet
{
    QString name;
    QList<double> values; // one per category
    QColor colour;
};

void drawLineChart(QPainter &painter, const QRectF &rect, const QString &title,
                   const QList<LineSeries> &series, const QString &xTitle, const QString &yTitle);
// Horizontal bars: one row per category (labels on the left), one bar per set in each row.
void drawBarChart(QPainter &painter, const QRectF &rect, const QString &title,
                  const QStringList &categories, const QList<BarSet> &sets,
                  const QString &valueTitle, double target = -1);

} // namespace Peere::Report
