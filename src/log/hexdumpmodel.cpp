#include "log/hexdumpmodel.h"

#include "log/hexdump.h"

void HexDumpModel::setPayload(const QByteArray &payload)
{
    beginResetModel();
    m_payload = payload;
    endResetModel();
}

int HexDumpModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(HexDump::lineCount(m_payload.size()));
}

QVariant HexDumpModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    return HexDump::line(m_payload, index.row());
}
