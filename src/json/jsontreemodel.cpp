#include "json/jsontreemodel.h"

#include <QLocale>
#include <QRegularExpression>

#include "json/jsonscanner.h"
#include "json/jsontext.h"

bool JsonTreeModel::setPayload(const QByteArray &payload)
{
    beginResetModel();
    m_nodes.clear();
    m_note.clear();
    const bool ok = build(payload);
    if (!ok)
        m_nodes.clear();
    endResetModel();
    return ok;
}

void JsonTreeModel::clear()
{
    beginResetModel();
    m_nodes.clear();
    m_note.clear();
    endResetModel();
}

bool JsonTreeModel::build(const QByteArray &payload)
{
    const QByteArray trimmed = payload.trimmed();
    if (trimmed.isEmpty() || (trimmed.front() != '{' && trimmed.front() != '['))
        return false;
    if (payload.size() > MaxBytes) {
        m_note = tr("Too large for a tree (%1 bytes); see the Text page.")
                     .arg(QLocale().toString(qint64(payload.size())));
        return false;
    }
    JsonScanner scanner(payload);
    struct Open
    {
        int node;
        qsizetype start;
    };
    std::vector<Open> stack;
    QString pendingKey;
    auto add = [&](Kind kind, const QString &value, const QString &copy) {
        Node n;
        n.kind = kind;
        n.value = value;
        n.copy = copy;
        if (!stack.empty()) {
            Node &parent = m_nodes[size_t(stack.back().node)];
            n.parent = stack.back().node;
            n.row = int(parent.children.size());
            if (parent.kind == Kind::Object)
                n.key = pendingKey;
            parent.children.push_back(int(m_nodes.size()));
        }
        m_nodes.push_back(std::move(n));
        return int(m_nodes.size() - 1);
    };
    for (;;) {
        const JsonScanner::Token t = scanner.next();
        switch (t) {
        case JsonScanner::Token::Error:
            m_note = JsonText::check(QString::fromUtf8(payload)).describe();
            return false;
        case JsonScanner::Token::End:
            return !m_nodes.empty();
        case JsonScanner::Token::Key:
            pendingKey = QString::fromUtf8(scanner.stringView());
            break;
        case JsonScanner::Token::ObjectStart:
        case JsonScanner::Token::ArrayStart: {
            const bool array = t == JsonScanner::Token::ArrayStart;
            const int node = add(array ? Kind::Array : Kind::Object, QString(), QString());
            stack.push_back({node, scanner.offset() - 1});
            break;
        }
        case JsonScanner::Token::ObjectEnd:
        case JsonScanner::Token::ArrayEnd: {
            const Open open = stack.back();
            stack.pop_back();
            Node &n = m_nodes[size_t(open.node)];
            const QString raw = QString::fromUtf8(
                QByteArrayView(payload).sliced(open.start, scanner.offset() - open.start));
            JsonText::format(raw, -1, &n.copy);
            const int count = int(n.children.size());
            n.value = n.kind == Kind::Array ? tr("%n item(s)", nullptr, count)
                                            : tr("%n member(s)", nullptr, count);
            break;
        }
        case JsonScanner::Token::String: {
            QByteArray quoted;
            JsonText::appendString(scanner.stringView(), &quoted);
            add(Kind::String, QString::fromUtf8(quoted), QString::fromUtf8(scanner.stringView()));
            break;
        }
        case JsonScanner::Token::Number: {
            const QString n = QString::fromUtf8(scanner.numberText());
            add(Kind::Number, n, n);
            break;
        }
        case JsonScanner::Token::True:
        case JsonScanner::Token::False: {
            const QString b =
                t == JsonScanner::Token::True ? QStringLiteral("true") : QStringLiteral("false");
            add(Kind::Boolean, b, b);
            break;
        }
        case JsonScanner::Token::Null:
            add(Kind::Null, QStringLiteral("null"), QStringLiteral("null"));
            break;
        case JsonScanner::Token::Placeholder: // placeholders are not enabled here
            break;
        }
    }
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || m_nodes.empty())
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, quintptr(0)) : QModelIndex();
    const Node &p = m_nodes[size_t(parent.internalId())];
    if (parent.column() != 0 || row >= int(p.children.size()))
        return {};
    return createIndex(row, column, quintptr(p.children[size_t(row)]));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node &n = m_nodes[size_t(child.internalId())];
    if (n.parent < 0)
        return {};
    return createIndex(m_nodes[size_t(n.parent)].row, 0, quintptr(n.parent));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_nodes.empty() ? 0 : 1;
    if (parent.column() != 0)
        return 0;
    return int(m_nodes[size_t(parent.internalId())].children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString JsonTreeModel::typeName(Kind kind) const
{
    switch (kind) {
    case Kind::Object:
        return tr("object");
    case Kind::Array:
        return tr("array");
    case Kind::String:
        return tr("string");
    case Kind::Number:
        return tr("number");
    case Kind::Boolean:
        return tr("boolean");
    case Kind::Null:
        break;
    }
    return tr("null");
}

QString JsonTreeModel::keyText(const Node &node) const
{
    if (node.parent < 0)
        return QStringLiteral("$");
    if (m_nodes[size_t(node.parent)].kind == Kind::Array)
        return QStringLiteral("[%1]").arg(node.row);
    return node.key;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &n = m_nodes[size_t(index.internalId())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case KeyColumn:
            return keyText(n);
        case ValueColumn:
            return n.value;
        case TypeColumn:
            return typeName(n.kind);
        }
        break;
    case CopyValueRole:
        return n.copy;
    case PathRole:
        return path(index);
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    }
    return {};
}

QString JsonTreeModel::path(const QModelIndex &index) const
{
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
    if (!index.isValid())
        return {};
    QStringList parts;
    for (int at = int(index.internalId()); m_nodes[size_t(at)].parent >= 0;
         at = m_nodes[size_t(at)].parent) {
        const Node &n = m_nodes[size_t(at)];
        if (m_nodes[size_t(n.parent)].kind == Kind::Array) {
            parts.prepend(QStringLiteral("[%1]").arg(n.row));
        } else if (plainName.match(n.key).hasMatch()) {
            parts.prepend(QLatin1Char('.') + n.key);
        } else {
            QByteArray quoted;
            JsonText::appendString(n.key.toUtf8(), &quoted);
            parts.prepend(QLatin1Char('[') + QString::fromUtf8(quoted) + QLatin1Char(']'));
        }
    }
    return QLatin1Char('$') + parts.join(QString());
}
