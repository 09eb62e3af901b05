#include "editcommands.h"

namespace Peere::Ui {

EditCellsCommand::EditCellsCommand(RecordTableModel *model, QList<RecordStore::CellEdit> edits,
                                   const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_edits(std::move(edits))
{}

void EditCellsCommand::redo()
{
    m_undo = m_model->applyEdits(m_edits);
}

void EditCellsCommand::undo()
{
    m_model->applyEdits(m_undo);
}

ExcludeRowsCommand::ExcludeRowsCommand(RecordTableModel *model, QList<qint32> rows, bool exclude,
                                       const QString &text)
    : QUndoCommand(text)
    , m_model(model)
    , m_rows(std::move(rows))
    , m_exclude(exclude)
{}

void ExcludeRowsCommand::redo()
{
    m_changed = m_model->setRowsExcluded(m_rows, m_exclude);
    // Every row refused (already sent): nothing to undo, so no step on the stack.
    if (m_changed.isEmpty())
        setObsolete(true);
}

void ExcludeRowsCommand::undo()
{
    m_model->setRowsExcluded(m_changed, !m_exclude);
}

} // namespace Peere::Ui
