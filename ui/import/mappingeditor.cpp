#include "mappingeditor.h"

#include "semanticcolors.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Peere::Ui {

using namespace Qt::Literals::StringLiterals;

MappingEditor::MappingEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this))
    , m_unmapped(new QLabel(this))
    , m_missing(new QLabel(this))
{
    m_table->setObjectName(u"mappingTable"_s);
    m_table->setColumnCount(3);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_unmapped->setObjectName(u"unmappedLabel"_s);
    m_unmapped->setWordWrap(true);
    m_missing->setObjectName(u"missingLabel"_s);
    m_missing->setWordWrap(true);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_missing);
    layout->addWidget(m_unmapped);
    rebuild();
}

void MappingEditor::setMapping(const ColumnMapping &mapping, const CsvTable &samples)
{
    m_mapping = mapping;
    m_samples = samples;
    rebuild();
    emit mappingChanged();
}

int MappingEditor::fieldOfColumn(int column) const
{
    auto combo = qobject_cast<QComboBox *>(m_table->cellWidget(column, 2));
    return combo ? combo->currentData().toInt() : -1;
}

void MappingEditor::setFieldOfColumn(int column, int field)
{
    if (column < 0 || column >= m_mapping.headers().size())
        return;
    if (field >= 0) {
        m_mapping.setColumn(field, column);
    } else if (const int old = m_mapping.field(column); old >= 0) {
        m_mapping.setColumn(old, -1);
    }
    refreshCombos();
    refreshSummary();
    emit mappingChanged();
}

void MappingEditor::rebuild()
{
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"),
                                        tr("Imported as")});
    const QStringList &headers = m_mapping.headers();
    m_table->setRowCount(int(headers.size()));
    const QList<FieldSpec> &specs = fieldSpecs(m_mapping.kind());
    for (int column = 0; column < headers.size(); ++column) {
        m_table->setItem(column, 0, new QTableWidgetItem(headers.at(column)));
        QString sample = m_samples.rowCount() > 0
                             ? QString::fromUtf8(m_samples.value(0, column).first(
                                 std::min<qsizetype>(m_samples.value(0, column).size(), 80)))
                             : QString();
        m_table->setItem(column, 1, new QTableWidgetItem(sample));
        auto combo = new QComboBox;
        combo->setObjectName(u"fieldCombo%1"_s.arg(column));
        combo->addItem(tr("(not imported)"), -1);
        for (int field = 0; field < specs.size(); ++field)
            combo->addItem(fieldName(m_mapping.kind(), field), field);
        combo->setAccessibleName(tr("Field for the column %1").arg(headers.at(column)));
        connect(combo, &QComboBox::activated, this, [this, column, combo] {
            setFieldOfColumn(column, combo->currentData().toInt());
        });
        m_table->setCellWidget(column, 2, combo);
    }
    m_table->resizeColumnsToContents();
    refreshCombos();
    refreshSummary();
}

void MappingEditor::refreshCombos()
{
    for (int column = 0; column < m_table->rowCount(); ++column) {
        auto combo = qobject_cast<QComboBox *>(m_table->cellWidget(column, 2));
        if (!combo)
            continue;
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(combo->findData(m_mapping.field(column)));
    }
}

QString MappingEditor::unmappedText() const
{
    return m_unmapped->text();
}

QString MappingEditor::missingText() const
{
    return m_missing->text();
}

void MappingEditor::refreshSummary()
{
    const QStringList missing = m_mapping.missingFieldNames();
    const QStringList unmapped = m_mapping.unmappedColumnNames();
    if (m_mapping.headers().isEmpty()) {
        m_missing->clear();
        m_unmapped->clear();
        return;
    }
    m_missing->setText(missing.isEmpty()
                           ? tr("Every required field has a column.")
                           : tr("Required fields without a column (every row will fail them): %1")
                                 .arg(missing.join(u", "_s)));
    setSemanticForeground(m_missing, missing.isEmpty() ? Semantic::Ok : Semantic::Error);
    m_unmapped->setText(unmapped.isEmpty()
                            ? tr("Every column is imported.")
                            : tr("Columns not imported: %1").arg(unmapped.join(u", "_s)));
    setSemanticForeground(m_unmapped, unmapped.isEmpty() ? Semantic::Neutral : Semantic::Warning);
}

void MappingEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace Peere::Ui
