#pragma once

#include <QStyledItemDelegate>

namespace Peere::Ui {

// Colours a batch of the log by what happened to it: refused (HTTP 4xx, rejected) in the error
// colour, no usable answer (unknown, not sent, split) in the warning colour, and the failed count
// of an answered batch in the error colour when it is not zero.
class BatchLogDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Peere::Ui
