#include "issuedelegate.h"

#include "records/recordtablemodel.h"
#include "semanticcolors.h"

namespace Peere::Ui {

void IssueDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant severity = index.data(RecordTableModel::SeverityRole);
    if (severity.isValid()) {
        const Semantic meaning = Severity(severity.toInt()) == Severity::Error ? Semantic::Error
                                                                              : Semantic::Warning;
        // A light tint of the meaning's colour over the base: the text keeps its own contrast.
        QColor tint = semanticColor(meaning, option->palette);
        tint.setAlphaF(0.22f);
        option->backgroundBrush = tint;
    }
    const auto state = RecordTableModel::RowState(index.data(RecordTableModel::RowStateRole).toInt());
    if (state == RecordTableModel::RowState::Excluded) {
        option->font.setStrikeOut(true);
        option->palette.setColor(QPalette::Text,
                                 option->palette.color(QPalette::Disabled, QPalette::Text));
    }
    if (index.data(RecordTableModel::EditedRole).toBool())
        option->font.setItalic(true);
}

} // namespace Peere::Ui
