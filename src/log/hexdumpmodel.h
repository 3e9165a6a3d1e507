#pragma once

#include <QAbstractListModel>
#include <QByteArray>

/// A payload as `hexdump -C` lines, one row per 16 bytes, each formatted when the view asks
/// for it: a 16 MiB payload is a million rows that cost nothing until scrolled to.
class HexDumpModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

    void setPayload(const QByteArray &payload);
    const QByteArray &payload() const { return m_payload; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QByteArray m_payload;
};
