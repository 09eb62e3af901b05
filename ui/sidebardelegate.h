#pragma once

#include <QStyledItemDelegate>

namespace Peere::Ui {

// Draws a side bar step as its title with, when there is one, a short summary under it in a
// smaller font ("300 rows", "12 errors"), in the summary's semantic colour.
class SidebarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role { StepRole = Qt::UserRole, SummaryRole, ToneRole };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QFont summaryFont(const QFont &base);
};

} // namespace Peere::Ui
