#pragma once

#include <QChartView>

namespace Peere::Ui {

// A chart on the dashboard: a QChartView that can save itself as PNG (context menu, or
// savePng() from the page's button and from tests).
class ChartPanel : public QChartView
{
    Q_OBJECT
public:
    explicit ChartPanel(QChart *chart, QWidget *parent = nullptr);

    // Renders the chart at its current size (or 900×540 when it has none yet) into `path`.
    bool savePng(const QString &path) const;
    QImage renderImage(QSize size = {}) const;
    // Asks where to save and saves; a message box on failure.
    void saveWithDialog();

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
};

} // namespace Peere::Ui
