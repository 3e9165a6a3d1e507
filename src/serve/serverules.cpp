#include "serve/serverules.h"

#include <cmath>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include "json/jsonscanner.h"
#include "protocol/frame/framecodec.h"
#include "serve/servescript.h"

namespace {

const QLatin1String FormatName("wsprobe-serve-rules");

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

/// A JSON number that is a whole number in [min, max].
bool wholeNumber(const QJsonValue &v, qint64 min, qint64 max, qint64 *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!(d >= double(min) && d <= double(max)) || d != std::floor(d))
        return false;
    *out = qint64(d);
    return true;
}

/// "line 3, column 9" for a byte offset into UTF-8 text.
QString position(const QByteArray &text, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, text.size());
    const QByteArrayView before(text.constData(), offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
    return ServeRules::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

ServeScript::~ServeScript() = default;

QString ServeRule::triggerId(Trigger trigger)
{
    switch (trigger) {
    case Trigger::Message:
        return QStringLiteral("message");
    case Trigger::Connect:
        return QStringLiteral("connect");
    case Trigger::Interval:
        return QStringLiteral("interval");
    }
    return {};
}

QJsonObject ServeRule::toJson() const
{
    QJsonObject o;
    if (!name.isEmpty())
        o.insert(key("name"), name);
    if (!enabled)
        o.insert(key("enabled"), false);
    o.insert(key("on"), triggerId(trigger));
    if (trigger == Trigger::Message)
        o.insert(key("match"), match.toJson());
    if (trigger == Trigger::Interval)
        o.insert(key("everyMs"), everyMs);
    if (echo) {
        o.insert(key("reply"), QJsonObject{{key("mode"), key("echo")}});
    } else if (toScript) {
        o.insert(key("reply"), QJsonObject{{key("mode"), key("script")}});
    } else if (hasReply) {
        o.insert(key("reply"), QJsonObject{{key("mode"), OutgoingMessage::modeId(reply.mode)},
                                           {key("body"), reply.body}});
    }
    if (target == Target::All)
        o.insert(key("to"), key("all"));
    if (delayMs)
        o.insert(key("delayMs"), delayMs);
    if (times)
        o.insert(key("times"), times);
    if (closeCode) {
        QJsonObject close{{key("code"), closeCode}};
        if (!closeReason.isEmpty())
            close.insert(key("reason"), closeReason);
        o.insert(key("close"), close);
    }
    if (continueAfter)
        o.insert(key("continue"), true);
    return o;
}

bool ServeRule::fromJson(const QJsonObject &o, ServeRule *out, QString *error)
{
    auto fail = [error](const QString &k, const QString &message) {
        if (error)
            *error = QStringLiteral("\"%1\": %2").arg(k, message);
        return false;
    };
    ServeRule r;
    static const QStringList known{key("name"),    key("enabled"), key("on"),      key("match"),
                                   key("everyMs"), key("reply"),   key("to"),      key("delayMs"),
                                   key("times"),   key("close"),   key("continue")};
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return fail(it.key(),
                        tr("not a key of a rule (%1)").arg(known.join(QLatin1String(", "))));
    }
    const QJsonValue name = o.value(key("name"));
    if (!name.isUndefined() && !name.isString())
        return fail(key("name"), tr("must be a string"));
    r.name = name.toString();
    const QJsonValue enabled = o.value(key("enabled"));
    if (!enabled.isUndefined() && !enabled.isBool())
        return fail(key("enabled"), tr("must be true or false"));
    r.enabled = enabled.toBool(true);

    const QString on = o.value(key("on")).toString(key("message"));
    if (on == QLatin1String("message"))
        r.trigger = Trigger::Message;
    else if (on == QLatin1String("connect"))
        r.trigger = Trigger::Connect;
    else if (on == QLatin1String("interval"))
        r.trigger = Trigger::Interval;
    else
        return fail(key("on"), tr("must be \"message\", \"connect\" or \"interval\""));

    const QJsonValue match = o.value(key("match"));
    if (r.trigger == Trigger::Message) {
        if (match.isUndefined()) {
            r.match = MessageMatcher::any();
            r.match.compile(nullptr);
        } else if (!match.isObject()) {
            return fail(key("match"), tr("must be an object such as {\"type\": \"plain\", "
                                         "\"text\": \"ping\"}"));
        } else {
            QString problem;
            if (!MessageMatcher::fromJson(match.toObject(), &r.match, &problem))
                return fail(key("match"), problem);
        }
    } else if (!match.isUndefined()) {
        return fail(key("match"), tr("only a rule \"on\": \"message\" matches messages"));
    }

    const QJsonValue every = o.value(key("everyMs"));
    if (r.trigger == Trigger::Interval) {
        if (!wholeNumber(every, 1, qint64(24) * 3600 * 1000, &r.everyMs))
            return fail(key("everyMs"),
                        every.isUndefined()
                            ? tr("missing (an interval rule needs its period in milliseconds)")
                            : tr("must be a whole number of milliseconds from 1 to 86400000"));
    } else if (!every.isUndefined()) {
        return fail(key("everyMs"), tr("only a rule \"on\": \"interval\" has a period"));
    }

    const QJsonValue reply = o.value(key("reply"));
    if (reply.isString()) {
        r.hasReply = true;
        r.reply = OutgoingMessage::text(reply.toString());
    } else if (reply.isObject()) {
        const QJsonObject ro = reply.toObject();
        for (auto it = ro.constBegin(); it != ro.constEnd(); ++it) {
            if (it.key() != QLatin1String("mode") && it.key() != QLatin1String("body"))
                return fail(key("reply"),
                            tr("\"%1\" is not a key of a reply (mode, body)").arg(it.key()));
        }
        const QString mode = ro.value(key("mode")).toString(key("text"));
        if (mode == QLatin1String("echo")) {
            r.echo = true;
        } else if (mode == QLatin1String("script")) {
            r.toScript = true;
            if (ro.contains(key("body")))
                return fail(key("reply"), tr("\"body\": a script reply has none (the script "
                                             "sends what it likes)"));
        } else {
            r.hasReply = true;
            if (!OutgoingMessage::modeFromId(mode, &r.reply.mode))
                return fail(key("reply"), tr("\"mode\": must be text, json, hex, base64, file, "
                                             "echo or script"));
            const QJsonValue body = ro.value(key("body"));
            if (body.isString())
                r.reply.body = body.toString();
            else if (r.reply.mode == OutgoingMessage::Mode::Json && !body.isUndefined()) {
                // A JSON reply may be written as the value itself rather than a string of it.
                const QByteArray wrapped =
                    QJsonDocument(QJsonArray{body}).toJson(QJsonDocument::Compact);
                r.reply.body = QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
            } else
                return fail(key("reply"), tr("\"body\": must be a string"));
            QString problem;
            if (!r.reply.checkBody(&problem))
                return fail(key("reply"), tr("\"body\": %1").arg(problem));
        }
    } else if (!reply.isUndefined()) {
        return fail(key("reply"),
                    tr("must be a string or an object such as {\"mode\": \"json\", \"body\": …}"));
    }

    const QJsonValue to = o.value(key("to"));
    if (!to.isUndefined()) {
        if (to == QJsonValue(key("all")))
            r.target = Target::All;
        else if (to != QJsonValue(key("sender")))
            return fail(key("to"), tr("must be \"sender\" or \"all\""));
    }
    const QJsonValue delay = o.value(key("delayMs"));
    if (!delay.isUndefined() && !wholeNumber(delay, 0, qint64(24) * 3600 * 1000, &r.delayMs))
        return fail(key("delayMs"),
                    tr("must be a whole number of milliseconds from 0 to 86400000"));
    const QJsonValue times = o.value(key("times"));
    qint64 n = 0;
    if (!times.isUndefined() && !wholeNumber(times, 0, 1000000000, &n))
        return fail(key("times"), tr("must be a whole number from 0 (0: without end)"));
    r.times = int(n);

    const QJsonValue close = o.value(key("close"));
    if (!close.isUndefined()) {
        const QJsonObject co = close.toObject();
        qint64 code = 0;
        if (!close.isObject() || !wholeNumber(co.value(key("code")), 0, 65535, &code))
            return fail(key("close"), tr("must be an object with a \"code\" from 1000 to 4999 "
                                         "(and a \"reason\")"));
        // A rule speaks for a well-behaved server: codes RFC 6455 §7.4 keeps off the wire
        // (1005, 1006, 1015, unassigned ones) would make the server itself the broken peer.
        if (!FrameCodec::isValidReceivedCloseCode(int(code)))
            return fail(key("close"),
                        tr("\"code\": %1 may not be sent on the wire (RFC 6455 §7.4: 1000–1003, "
                           "1007–1014 or 3000–4999); codes a server must not send are in the "
                           "tab's Faults menu")
                            .arg(code));
        const QJsonValue reason = co.value(key("reason"));
        if (!reason.isUndefined() && !reason.isString())
            return fail(key("close"), tr("\"reason\": must be a string"));
        if (reason.toString().toUtf8().size() > 123)
            return fail(key("close"), tr("\"reason\": longer than the 123 bytes a Close frame "
                                         "holds"));
        r.closeCode = int(code);
        r.closeReason = reason.toString();
    }
    const QJsonValue cont = o.value(key("continue"));
    if (!cont.isUndefined() && !cont.isBool())
        return fail(key("continue"), tr("must be true or false"));
    r.continueAfter = cont.toBool();

    if (r.toScript && r.trigger != Trigger::Message)
        return fail(key("reply"),
                    tr("\"mode\": script answers a message; the script's onClientConnect "
                       "handles connections"));
    if (!r.hasReply && !r.echo && r.closeCode == 0 && r.trigger != Trigger::Message)
        return fail(key("reply"), tr("missing (a connect or interval rule must send or close)"));
    if (r.toScript && (r.delayMs || r.target == Target::All))
        return fail(key(r.delayMs ? "delayMs" : "to"),
                    tr("a script reply is sent when and to whom the script says (sleep, "
                       "broadcast)"));
    if (r.echo && r.trigger != Trigger::Message)
        return fail(
            key("reply"),
            tr("\"mode\": echo answers a message; a %1 rule has none").arg(triggerId(r.trigger)));
    *out = r;
    return true;
}

QString ServeRule::describe() const
{
    QString when;
    switch (trigger) {
    case Trigger::Message:
        when = tr("on %1").arg(match.describe());
        break;
    case Trigger::Connect:
        when = tr("on connect");
        break;
    case Trigger::Interval:
        when = tr("every %1 ms").arg(everyMs);
        break;
    }
    QStringList what;
    if (echo)
        what << tr("echo");
    else if (toScript)
        what << tr("script");
    else if (hasReply)
        what << (target == Target::All ? tr("send to all") : tr("reply"));
    if (closeCode)
        what << tr("close %1").arg(closeCode);
    if (what.isEmpty())
        what << tr("stop");
    QString text = when + QStringLiteral(" → ") + what.join(QStringLiteral(", "));
    if (delayMs)
        text += tr(" after %1 ms").arg(delayMs);
    if (times)
        text += tr(", %1×").arg(times);
    return text;
}

bool ServeRule::operator==(const ServeRule &o) const
{
    return name == o.name && enabled == o.enabled && trigger == o.trigger && match == o.match
           && everyMs == o.everyMs && hasReply == o.hasReply && echo == o.echo && reply == o.reply
           && target == o.target && delayMs == o.delayMs && times == o.times
           && toScript == o.toScript && closeCode == o.closeCode && closeReason == o.closeReason
           && continueAfter == o.continueAfter;
}

ServeRules ServeRules::echoRules()
{
    ServeRule echo;
    echo.name = tr("echo");
    echo.match = MessageMatcher::any();
    echo.match.compile(nullptr);
    echo.echo = true;
    ServeRules rules;
    rules.rules << echo;
    return rules;
}

QByteArray ServeRules::toJson() const
{
    QJsonObject root{{key("format"), FormatName}, {key("version"), Version}};
    if (!script.isEmpty())
        root.insert(key("script"), script);
    if (!faults.isNone()) {
        QJsonObject f;
        if (faults.delayMs)
            f.insert(key("delayMs"), faults.delayMs);
        if (faults.dropEvery)
            f.insert(key("dropEvery"), faults.dropEvery);
        if (faults.duplicateEvery)
            f.insert(key("duplicateEvery"), faults.duplicateEvery);
        root.insert(key("faults"), f);
    }
    QJsonArray list;
    for (const ServeRule &r : rules)
        list.append(r.toJson());
    root.insert(key("rules"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ServeRules::fromJson(const QByteArray &json, ServeRules *out, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // JsonScanner finds the first error with its byte offset as QJsonDocument does, but
    // also skips a byte order mark and says what it expected.
    JsonScanner scanner(json);
    scanner.skipByteOrderMark();
    JsonScanner::Token t;
    while ((t = scanner.next()) != JsonScanner::Token::End && t != JsonScanner::Token::Error) {
    }
    if (t == JsonScanner::Token::Error)
        return fail(QStringLiteral("%1: %2").arg(position(json, scanner.errorOffset()),
                                                 scanner.errorString()));
    QByteArray text = json;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    if (!doc.isObject())
        return fail(tr("not a rules file: the top level must be an object with \"format\": "
                       "\"%1\"")
                        .arg(FormatName));
    const QJsonObject root = doc.object();
    if (root.value(key("format")).toString() != FormatName)
        return fail(tr("\"format\": must be \"%1\"").arg(FormatName));
    const QJsonValue version = root.value(key("version"));
    qint64 v = 1;
    if (!version.isUndefined() && !wholeNumber(version, 1, 1000000, &v))
        return fail(tr("\"version\": must be a whole number from 1"));
    if (v > Version)
        return fail(tr("\"version\": %1 was written by a newer Wsprobe (this one reads %2)")
                        .arg(v)
                        .arg(Version));
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        static const QStringList known{key("format"), key("version"), key("faults"), key("rules"),
                                       key("script")};
        if (!known.contains(it.key()))
            return fail(tr("\"%1\": not a key of a rules file (format, version, faults, rules, "
                           "script)")
                            .arg(it.key()));
    }
    ServeRules result;
    const QJsonValue script = root.value(key("script"));
    if (!script.isUndefined() && (!script.isString() || script.toString().isEmpty()))
        return fail(tr("\"script\": must be the path of a JavaScript file"));
    result.script = script.toString();
    const QJsonValue faults = root.value(key("faults"));
    if (!faults.isUndefined()) {
        if (!faults.isObject())
            return fail(tr("\"faults\": must be an object"));
        const QJsonObject f = faults.toObject();
        for (auto it = f.constBegin(); it != f.constEnd(); ++it) {
            qint64 n = 0;
            if (it.key() == QLatin1String("delayMs")) {
                if (!wholeNumber(it.value(), 0, qint64(24) * 3600 * 1000, &n))
                    return fail(tr("\"faults\": \"delayMs\": must be a whole number of "
                                   "milliseconds from 0 to 86400000"));
                result.faults.delayMs = n;
            } else if (it.key() == QLatin1String("dropEvery")
                       || it.key() == QLatin1String("duplicateEvery")) {
                if (!wholeNumber(it.value(), 0, 1000000000, &n))
                    return fail(tr("\"faults\": \"%1\": must be a whole number from 0 (0: never)")
                                    .arg(it.key()));
                (it.key() == QLatin1String("dropEvery") ? result.faults.dropEvery
                                                        : result.faults.duplicateEvery) = int(n);
            } else {
                return fail(tr("\"faults\": \"%1\": not a fault (delayMs, dropEvery, "
                               "duplicateEvery)")
                                .arg(it.key()));
            }
        }
    }
    const QJsonValue rules = root.value(key("rules"));
    if (!rules.isArray())
        return fail(rules.isUndefined() ? tr("\"rules\": missing (a list of rules, maybe empty)")
                                        : tr("\"rules\": must be a list"));
    const QJsonArray list = rules.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString name = o.value(key("name")).toString();
        const QString which =
            name.isEmpty()
                ? tr("rule %1").arg(i + 1)
                : tr("rule %1 (\"%2\")").arg(i + 1).arg(JsonScanner::printable(name.toUtf8()));
        if (!list.at(i).isObject())
            return fail(tr("%1: must be an object").arg(which));
        ServeRule rule;
        QString problem;
        if (!ServeRule::fromJson(o, &rule, &problem))
            return fail(QStringLiteral("%1: %2").arg(which, problem));
        if (rule.toScript && result.script.isEmpty())
            return fail(tr("%1: \"reply\": \"mode\": script needs the file's \"script\": "
                           "\"FILE.js\"")
                            .arg(which));
        result.rules << rule;
    }
    *out = result;
    return true;
}

bool ServeRules::load(const QString &path, ServeRules *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > 16 * 1024 * 1024) {
        if (error)
            *error = tr("%1: larger than 16 MiB; not a rules file").arg(path);
        return false;
    }
    QString problem;
    if (!fromJson(file.readAll(), out, &problem)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, problem);
        return false;
    }
    out->baseDir = QFileInfo(path).absolutePath();
    return true;
}

QString ServeRules::scriptPath() const
{
    if (script.isEmpty())
        return {};
    return QDir::cleanPath(
        QDir(baseDir.isEmpty() ? QDir::currentPath() : baseDir).filePath(script));
}

bool ServeRules::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool ServeRules::operator==(const ServeRules &other) const
{
    return rules == other.rules && faults == other.faults && script == other.script;
}
