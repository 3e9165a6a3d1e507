#include "decode/protobufschema.h"

#include <QDir>
#include <QFileInfo>

#include "decode/protowire.h"
#include "decode/unwrap.h"

#ifdef WSPROBE_PROTOBUF
#include <google/protobuf/compiler/importer.h>
#include <google/protobuf/dynamic_message.h>
#include <google/protobuf/util/json_util.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace pb = google::protobuf;

namespace {

/// Collects the compiler's complaints as "file:line:column: message" lines.
class Errors : public pb::compiler::MultiFileErrorCollector
{
public:
    QStringList lines;
    void AddError(const std::string &file, int line, int column,
                  const std::string &message) override
    {
        lines << QStringLiteral("%1:%2:%3: %4")
                     .arg(QString::fromStdString(file))
                     .arg(line + 1)
                     .arg(column + 1)
                     .arg(QString::fromStdString(message));
    }
};

} // namespace

struct ProtobufSchema::Private
{
    pb::compiler::DiskSourceTree tree;
    Errors errors;
    std::unique_ptr<pb::compiler::Importer> importer;
    pb::DynamicMessageFactory factory;
    /// rule index -> the prototype of its type
    std::vector<const pb::Message *> prototypes;
};
#else
struct ProtobufSchema::Private
{
};
#endif

ProtobufSchema::ProtobufSchema()
    : d(std::make_unique<Private>())
{
}

ProtobufSchema::~ProtobufSchema() = default;

bool ProtobufSchema::available()
{
#ifdef WSPROBE_PROTOBUF
    return true;
#else
    return false;
#endif
}

bool ProtobufSchema::parseRules(const QString &text, std::vector<Rule> *out, QString *error)
{
    out->clear();
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        Rule rule;
        const QString item = part.trimmed();
        const qsizetype eq = item.lastIndexOf(QLatin1Char('='));
        rule.type = item.mid(eq + 1).trimmed();
        if (eq >= 0) {
            const QString when = item.left(eq).trimmed();
            if (when == QLatin1String("in")) {
                rule.when = Rule::When::Incoming;
            } else if (when == QLatin1String("out")) {
                rule.when = Rule::When::Outgoing;
            } else if (when.startsWith(QLatin1String("0x"))) {
                Unwrap::Failure failure;
                if (!Unwrap::fromHex(when.mid(2).toLatin1(), &rule.prefix, &failure)
                    || rule.prefix.isEmpty()) {
                    *error = tr("the prefix \"%1\" is not hex bytes").arg(when);
                    return false;
                }
                rule.when = Rule::When::Prefix;
            } else if (when.startsWith(QLatin1Char('@')) && when.contains(QLatin1Char(':'))) {
                bool ok = false;
                rule.field = when.mid(1, when.indexOf(QLatin1Char(':')) - 1).toInt(&ok);
                rule.fieldValue = when.mid(when.indexOf(QLatin1Char(':')) + 1);
                if (!ok || rule.field < 1) {
                    *error = tr("\"%1\" needs a field number, as in @1:5").arg(when);
                    return false;
                }
                rule.when = Rule::When::Field;
            } else {
                *error =
                    tr("\"%1\" is no condition: use in, out, 0xPREFIX or @FIELD:VALUE").arg(when);
                return false;
            }
        }
        if (rule.type.isEmpty()) {
            *error = tr("the rule \"%1\" names no message type").arg(item);
            return false;
        }
        out->push_back(rule);
    }
    if (out->empty()) {
        *error = tr("name a message type, as in FILE.proto:package.Message");
        return false;
    }
    return true;
}

const ProtobufSchema::Rule *ProtobufSchema::choose(QByteArrayView payload,
                                                   Direction direction) const
{
    for (const Rule &rule : m_rules) {
        switch (rule.when) {
        case Rule::When::Always:
            return &rule;
        case Rule::When::Incoming:
            if (direction == Direction::In)
                return &rule;
            break;
        case Rule::When::Outgoing:
            if (direction == Direction::Out)
                return &rule;
            break;
        case Rule::When::Prefix:
            if (payload.startsWith(rule.prefix))
                return &rule;
            break;
        case Rule::When::Field: {
            const QCborValue v = ProtoWire::field(payload, rule.field);
            if ((v.isInteger() && QString::number(v.toInteger()) == rule.fieldValue)
                || (v.isByteArray() && QString::fromUtf8(v.toByteArray()) == rule.fieldValue))
                return &rule;
            break;
        }
        }
    }
    return nullptr;
}

#ifdef WSPROBE_PROTOBUF

std::shared_ptr<const ProtobufSchema> ProtobufSchema::load(const QStringList &files,
                                                           const QString &rules,
                                                           const QStringList &importPaths,
                                                           QString *error)
{
    std::shared_ptr<ProtobufSchema> schema(new ProtobufSchema);
    if (!parseRules(rules, &schema->m_rules, error))
        return nullptr;
    schema->m_rulesText = rules;
    schema->m_files = files;
    Private &p = *schema->d;
    QStringList roots;
    for (const QString &file : files)
        roots << QFileInfo(file).absolutePath();
    roots << importPaths;
    roots.removeDuplicates();
    for (const QString &root : roots)
        p.tree.MapPath("", QDir::toNativeSeparators(root).toStdString());
    p.importer = std::make_unique<pb::compiler::Importer>(&p.tree, &p.errors);
    for (const QString &file : files) {
        if (!QFileInfo(file).isFile()) {
            *error = tr("%1: no such file").arg(file);
            return nullptr;
        }
        if (!p.importer->Import(QFileInfo(file).fileName().toStdString())) {
            *error = p.errors.lines.isEmpty() ? tr("%1 could not be read").arg(file)
                                              : p.errors.lines.join(QLatin1Char('\n'));
            return nullptr;
        }
    }
    for (const Rule &rule : schema->m_rules) {
        const pb::Descriptor *type =
            p.importer->pool()->FindMessageTypeByName(rule.type.toStdString());
        if (!type) {
            *error = tr("no message type %1 in %2").arg(rule.type, files.join(QLatin1String(", ")));
            return nullptr;
        }
        p.prototypes.push_back(p.factory.GetPrototype(type));
    }
    return schema;
}

bool ProtobufSchema::decode(QByteArrayView payload, Direction direction, QCborValue *out,
                            QString *type, QString *error) const
{
    const Rule *rule = choose(payload, direction);
    if (!rule) {
        *error = tr("no rule chooses a message type for this message");
        return false;
    }
    const pb::Message *prototype = d->prototypes[size_t(rule - m_rules.data())];
    std::unique_ptr<pb::Message> message(prototype->New());
    const QByteArrayView body = payload.sliced(rule->prefix.size());
    *type = rule->type;
    if (!message->ParseFromArray(body.data(), int(body.size()))) {
        *error = tr("the bytes are not a valid %1").arg(rule->type);
        return false;
    }
    pb::util::JsonPrintOptions options;
    options.preserve_proto_field_names = true;
    std::string json;
    const auto status = pb::util::MessageToJsonString(*message, &json, options);
    if (!status.ok()) {
        *error = QString::fromStdString(std::string(status.message()));
        return false;
    }
    *out = QCborValue::fromJsonValue(
        QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), qsizetype(json.size())))
            .object());
    return true;
}

bool ProtobufSchema::encode(const QCborValue &value, Direction direction, QByteArray *out,
                            QString *error) const
{
    const Rule *rule = nullptr;
    for (const Rule &r : m_rules) {
        // Encoding has no payload to look at yet: direction rules and the unconditional one.
        if (r.when == Rule::When::Always || r.when == Rule::When::Prefix
            || (r.when == Rule::When::Incoming && direction == Direction::In)
            || (r.when == Rule::When::Outgoing && direction == Direction::Out)) {
            rule = &r;
            break;
        }
    }
    if (!rule) {
        *error = tr("no rule gives a message type to send");
        return false;
    }
    const pb::Message *prototype = d->prototypes[size_t(rule - m_rules.data())];
    std::unique_ptr<pb::Message> message(prototype->New());
    const QByteArray json =
        QJsonDocument(value.toJsonValue().toObject()).toJson(QJsonDocument::Compact);
    const auto status = pb::util::JsonStringToMessage(
        pb::StringPiece(json.constData(), size_t(json.size())), message.get());
    if (!status.ok()) {
        *error = QStringLiteral("%1: %2").arg(
            rule->type, QString::fromStdString(std::string(status.message())));
        return false;
    }
    std::string bytes;
    message->SerializeToString(&bytes);
    *out = rule->prefix + QByteArray(bytes.data(), qsizetype(bytes.size()));
    return true;
}

#else

std::shared_ptr<const ProtobufSchema> ProtobufSchema::load(const QStringList &, const QString &,
                                                           const QStringList &, QString *error)
{
    *error = tr("this build has no Protocol Buffers support (WSPROBE_PROTOBUF)");
    return nullptr;
}

bool ProtobufSchema::decode(QByteArrayView, Direction, QCborValue *, QString *,
                            QString *error) const
{
    *error = tr("this build has no Protocol Buffers support (WSPROBE_PROTOBUF)");
    return false;
}

bool ProtobufSchema::encode(const QCborValue &, Direction, QByteArray *, QString *error) const
{
    *error = tr("this build has no Protocol Buffers support (WSPROBE_PROTOBUF)");
    return false;
}

#endif
