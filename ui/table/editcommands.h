#pragma once

#include "records/recordtablemodel.h"

#include <QUndoCommand>

namespace Peere::Ui {

// One undoable step of the review table: a single cell typed in, or a whole bulk fix (suggested
// fixes for a rule, find and replace, a transform). Undo writes the exact previous values back;
// both directions go through the model, so they are re-validated and logged like any edit.
class EditCellsCommand : public QUndoCommand
{
public:
    EditCellsCommand(RecordTableModel *model, QList<RecordStore::CellEdit> edits,
                     const QString &text);
    void redo() override;
    void undo() override;
    qsizetype editCount() const { return m_edits.size(); }

private:
    RecordTableModel *m_model;
    QList<RecordStore::CellEdit> m_edits;
    QList<RecordStore::CellEdit> m_undo;
};

// Excludes rows from the migration (or includes them again), undoably. Rows the migration's
// journal refuses to exclude (already sent) are left out of the step.
class ExcludeRowsCommand : public QUndoCommand
{
public:
    ExcludeRowsCommand(RecordTableModel *model, QList<qint32> rows, bool exclude,
                       const QString &text);
    void redo() override;
    void undo() override;

private:
    RecordTableModel *m_model;
    QList<qint32> m_rows;
    QList<qint32> m_changed;
    bool m_exclude;
};

} // namespace Peere::Ui
