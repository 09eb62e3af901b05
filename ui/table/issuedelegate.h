#pragma once

#include <QStyledItemDelegate>

namespace Peere::Ui {

// Paints the review table's cells from the model's semantic roles: a tinted background for a
// cell with an error or a warning (semanticColors, so it reads on light and dark palettes),
// excluded rows struck out and dimmed, edited cells in italics.
class IssueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Peere::Ui
