#include "chartpanel.h"

#include <QContextMenuEvent>
#include <QFileDialog>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

ChartPanel::ChartPanel(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 260);
}

QImage ChartPanel::renderImage(QSize size) const
{
    if (!size.isValid())
        size = width() > 50 && height() > 50 ? this->size() : QSize(900, 540);
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // QGraphicsView::render draws the scene as shown, at any size, without a visible window.
    const_cast<ChartPanel *>(this)->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

bool ChartPanel::savePng(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    if (!renderImage().save(&file, "PNG"))
        return false;
    return file.commit();
}

void ChartPanel::saveWithDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString name = chart()->title().isEmpty() ? u"chart"_s : chart()->title();
    name.replace(u'/', u'-');
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart as PNG"),
                                                      folder + u'/' + name + u".png"_s,
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!savePng(path))
        QMessageBox::warning(this, tr("Save Chart as PNG"),
                             tr("The chart could not be saved to %1.").arg(path));
}

void ChartPanel::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Save as PNG\u2026"), this, &ChartPanel::saveWithDialog);
    menu.exec(event->globalPos());
}

} // namespace Peere::Ui
