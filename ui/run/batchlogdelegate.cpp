#include "batchlogdelegate.h"

#include "migration/batchlogmodel.h"
#include "semanticcolors.h"

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

void BatchLogDelegate::initStyleOption(QStyleOptionViewItem *option,
                                       const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString state = index.data(BatchLogModel::StateRole).toString();
    const int status = index.data(BatchLogModel::HttpStatusRole).toInt();
    Semantic tone = Semantic::Neutral;
    if (state == "rejected"_L1 || (status >= 400 && state != "split"_L1))
        tone = Semantic::Error;
    else if (state == "unknown"_L1 || state == "notSent"_L1 || state == "split"_L1)
        tone = Semantic::Warning;
    else if (index.column() == BatchLogModel::Failed
             && index.data(Qt::DisplayRole).toString() != "0"_L1)
        tone = Semantic::Error;
    if (tone != Semantic::Neutral)
        option->palette.setColor(QPalette::Text, semanticColor(tone, option->palette));
}

} // namespace Peere::Ui
