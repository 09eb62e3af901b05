#pragma once

#include "journal/devicetypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace Peere {

// Device links as a table: the devices file's problems before linking, the failures after. The
// state is a semantic role (DeviceState); colours are chosen by the screen. GUI thread.
class DeviceLinkModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RowColumn,
        CustomerColumn,
        DeviceColumn,
        StateColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role {
        StateRole = Qt::UserRole + 1, // DeviceState as int
        RuleRole                      // the validation rule id, when invalid
    };

    explicit DeviceLinkModel(QObject *parent = nullptr);

    void setLinks(const QList<DeviceLink> &links);
    // The entries of a devices file that fail validation, as links to show (made off the GUI
    // thread for big files).
    static QList<DeviceLink> invalidLinks(const QList<DeviceEntry> &entries);
    const QList<DeviceLink> &links() const { return m_links; }

    static QString stateText(DeviceState state); // translated: "Invalid", "Linked", ...

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DeviceLink> m_links;
};

} // namespace Peere
