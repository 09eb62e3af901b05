#pragma once

#include "journal/devicetypes.h"

#include <QAbstractTableModel>

#include <functional>

namespace Peere {

// The device links of one failure group (after creation): the devices file's row and line, the
// customer, the device id, the phrase it is sent with, the HTTP status and the message (the
// devices file's rule's, or the server's), the attempts. The phrase of a link the server refused
// can be edited (a fix before a retry) through the edit handler, which writes it to the journal.
// Semantic roles only. GUI thread.
class FailureLinkModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Row, Line, Customer, Device, Phrase, Status, Message, Attempts, ColumnCount };
    enum Role {
        LinkIdRole = Qt::UserRole + 1, // qint64: the link's id in the journal
        StateRole,                     // int(DeviceState)
        CauseRole                      // QString: the link's cause, as grouped
    };
    // Writes a link's new phrase (empty: the server's); false leaves the cell as it was.
    using PhraseHandler = std::function<bool(qint64 id, const QString &phrase)>;

    explicit FailureLinkModel(QObject *parent = nullptr);

    void setLinks(QList<DeviceLink> links);
    const QList<DeviceLink> &links() const { return m_links; }
    void setPhraseHandler(PhraseHandler handler) { m_phraseHandler = std::move(handler); }
    // Whether phrases may be edited now (not while a retry runs).
    void setEditable(bool editable) { m_editable = editable; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<DeviceLink> m_links;
    PhraseHandler m_phraseHandler;
    bool m_editable = true;
};

} // namespace Peere
