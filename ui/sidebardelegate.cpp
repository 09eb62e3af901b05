#include "sidebardelegate.h"

#include "semanticcolors.h"

#include <QApplication>
#include <QPainter>

namespace Peere::Ui {

QFont SidebarDelegate::summaryFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}

void SidebarDelegate::paint(QPainter *painter,
                            const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const QString summary = index.data(SummaryRole).toString();
    if (summary.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // The same inset as the style gives single-line items, so that titles line up.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                           .adjusted(margin, 0, -margin, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole role = selected ? QPalette::HighlightedText : QPalette::Text;
    const QFont small = summaryFont(opt.font);
    const int titleHeight = QFontMetrics(opt.font).height();
    const int summaryHeight = QFontMetrics(small).height();
    const int top = text.top() + (text.height() - titleHeight - summaryHeight) / 2;

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(QPalette::Active, role));
    painter->drawText(QRect(text.left(), top, text.width(), titleHeight),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      title);
    const auto tone = Semantic(index.data(ToneRole).toInt());
    QColor colour = opt.palette.color(QPalette::Active, role);
    if (!selected && tone != Semantic::Neutral)
        colour = semanticColor(tone, opt.palette);
    else if (tone == Semantic::Neutral)
        colour.setAlphaF(0.75f); // secondary text, from the palette's own colour
    painter->setFont(small);
    painter->setPen(colour);
    painter->drawText(QRect(text.left(), top + titleHeight, text.width(), summaryHeight),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(small).elidedText(summary, Qt::ElideRight, text.width()));
    painter->restore();
}

QSize SidebarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(SummaryRole).toString().isEmpty()) {
        const int needed = QFontMetrics(option.font).height()
                           + QFontMetrics(summaryFont(option.font)).height() + 8;
        size.setHeight(std::max(size.height(), needed));
    }
    return size;
}

} // namespace Peere::Ui
