#pragma once

#include "csv/columnmapping.h"
#include "csv/csvtable.h"
#include "migration/devicefile.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Peere::Ui {

// The import dialog's column mapping: one line per source column with a sample value and the
// API field it feeds (auto-matched, changeable), then the columns left unmapped and the required
// fields that no column feeds. For a devices file the fields are those of DeviceFile (several
// columns may feed device).
class MappingEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MappingEditor(QWidget *parent = nullptr);

    // A new file (its header and a few rows for samples) or a new mapping for it.
    void setMapping(const ColumnMapping &mapping, const CsvTable &samples);
    const ColumnMapping &mapping() const { return m_mapping; }
    // A devices file (the samples' header) and the columns chosen for it.
    void setDeviceColumns(const DeviceFile::Columns &columns, const CsvTable &samples);
    const DeviceFile::Columns &deviceColumns() const { return m_deviceColumns; }
    bool isDevices() const { return m_devices; }
    // The field chosen for `column` (-1: not imported), as the combo box shows it.
    int fieldOfColumn(int column) const;
    void setFieldOfColumn(int column, int field);

    QString unmappedText() const;
    QString missingText() const;

signals:
    void mappingChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void refreshCombos();
    void refreshSummary();
    const QStringList &headers() const;
    int currentField(int column) const;

    bool m_devices = false;
    DeviceFile::Columns m_deviceColumns;
    ColumnMapping m_mapping;
    CsvTable m_samples;
    QTableWidget *m_table = nullptr;
    QLabel *m_unmapped = nullptr;
    QLabel *m_missing = nullptr;
};

} // namespace Peere::Ui
