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
    m_devices = false;
    m_mapping = mapping;
    m_samples = samples;
    rebuild();
    emit mappingChanged();
}

void MappingEditor::setDeviceColumns(const DeviceFile::Columns &columns, const CsvTable &samples)
{
    m_devices = true;
    m_deviceColumns = columns;
    m_samples = samples;
    rebuild();
    emit mappingChanged();
}

const QStringList &MappingEditor::headers() const
{
    return m_devices ? m_samples.header() : m_mapping.headers();
}

int MappingEditor::currentField(int column) const
{
    return m_devices ? m_deviceColumns.field(column) : m_mapping.field(column);
}

int MappingEditor::fieldOfColumn(int column) const
{
    auto combo = qobject_cast<QComboBox *>(m_table->cellWidget(column, 2));
    return combo ? combo->currentData().toInt() : -1;
}

void MappingEditor::setFieldOfColumn(int column, int field)
{
    if (column < 0 || column >= headers().size())
        return;
    if (m_devices) {
        m_deviceColumns.setField(column, field);
    } else if (field >= 0) {
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
    const QStringList &headers = this->headers();
    m_table->setRowCount(int(headers.size()));
    QStringList fields;
    if (m_devices) {
        for (int field = 0; field < DeviceFile::FieldCount; ++field)
            fields.append(DeviceFile::fieldName(field));
    } else {
        for (int field = 0; field < fieldCount(m_mapping.kind()); ++field)
            fields.append(fieldName(m_mapping.kind(), field));
    }
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
        for (int field = 0; field < fields.size(); ++field)
            combo->addItem(fields.at(field), field);
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
        combo->setCurrentIndex(combo->findData(currentField(column)));
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
    if (headers().isEmpty()) {
        m_missing->clear();
        m_unmapped->clear();
        return;
    }
    QStringList unmapped;
    for (int column = 0; column < headers().size(); ++column) {
        if (currentField(column) < 0)
            unmapped.append(headers().at(column));
    }
    const QStringList missing = m_mapping.missingFieldNames();
    const QString devicesMissing = DeviceFile::missingColumns(m_deviceColumns);
    const bool complete = m_devices ? devicesMissing.isEmpty() : missing.isEmpty();
    if (complete)
        m_missing->setText(tr("Every required field has a column."));
    else if (m_devices)
        m_missing->setText(devicesMissing);
    else
        m_missing->setText(tr("Required fields without a column (every row will fail them): %1")
                               .arg(missing.join(u", "_s)));
    setSemanticForeground(m_missing, complete ? Semantic::Ok : Semantic::Error);
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
