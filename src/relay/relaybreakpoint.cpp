#include "relay/relaybreakpoint.h"

#include <optional>

#include <QJsonArray>
#include <QJsonDocument>

#include "match/messagematcher.h"

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RelayBreakpoint)
};
} // namespace

RelayBreakpoint RelayBreakpointText::fromMatcher(RelaySide from, const MessageMatcher &matcher,
                                                 const QString &rule)
{
    RelayBreakpoint b;
    b.from = from;
    b.rule = rule;
    if (matcher.kind() != MessageMatcher::Kind::Any) {
        b.test = [matcher](QByteArrayView payload, bool isText) {
            return matcher.matches(MatchSubject(payload.toByteArray(), isText));
        };
    }
    return b;
}

bool RelayBreakpointText::parse(const QString &text, RelayBreakpoints *out, QString *error)
{
    QString rest = text;
    QList<RelaySide> sides{RelaySide::Client, RelaySide::Server};
    for (const auto &[name, side] : {std::pair{QLatin1String("client"), RelaySide::Client},
                                     std::pair{QLatin1String("server"), RelaySide::Server}}) {
        if (rest == name || rest.startsWith(name + QLatin1Char(':'))) {
            sides = {side};
            rest = rest.mid(name.size() + 1);
        }
    }
    MessageMatcher matcher = MessageMatcher::any();
    auto after = [&rest](const char *prefix) {
        const QLatin1String p(prefix);
        return rest.startsWith(p) ? std::optional<QString>(rest.mid(p.size())) : std::nullopt;
    };
    if (rest.isEmpty() || rest == QLatin1String("any")) {
        matcher = MessageMatcher::any();
    } else if (const auto t = after("text:")) {
        matcher = MessageMatcher::plain(*t);
    } else if (const auto r = after("regex:")) {
        matcher = MessageMatcher::regex(*r);
    } else if (const auto h = after("hex:")) {
        matcher = MessageMatcher::binaryPrefix(*h);
    } else if (const auto j = after("json:")) {
        const qsizetype eq = j->indexOf(QLatin1Char('='));
        const qsizetype tilde = j->indexOf(QLatin1Char('~'));
        if (eq < 0 && tilde < 0) {
            *error =
                Tr::tr("The breakpoint \"%1\" needs json:PATH=JSON or json:PATH~REGEX.").arg(text);
            return false;
        }
        if (tilde >= 0 && (eq < 0 || tilde < eq)) {
            matcher = MessageMatcher::jsonMatches(j->left(tilde), j->mid(tilde + 1));
        } else {
            QJsonParseError parseError;
            const QByteArray value = j->mid(eq + 1).toUtf8();
            const QJsonDocument doc = QJsonDocument::fromJson("[" + value + "]", &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                *error = Tr::tr("The breakpoint \"%1\": \"%2\" is not a JSON value.")
                             .arg(text, QString::fromUtf8(value));
                return false;
            }
            matcher = MessageMatcher::jsonEquals(j->left(eq), doc.array().at(0));
        }
    } else {
        matcher = MessageMatcher::plain(rest);
    }
    QString compileError;
    if (!matcher.compile(&compileError)) {
        *error = Tr::tr("The breakpoint \"%1\": %2").arg(text, compileError);
        return false;
    }
    for (RelaySide side : sides)
        out->append(fromMatcher(side, matcher, text));
    return true;
}
