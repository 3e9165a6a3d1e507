#include "serve/servefault.h"

#include <algorithm>

namespace {

bool wholeNumber(QStringView text, qint64 min, qint64 max, qint64 *out)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < min || n > max)
        return false;
    *out = n;
    return true;
}

} // namespace

QList<ServeFault::Kind> ServeFault::kinds()
{
    return {Kind::Close,          Kind::DropTcp, Kind::Oversized,   Kind::InvalidUtf8,
            Kind::ReservedOpcode, Kind::RsvBits, Kind::MaskedFrame, Kind::FragmentedControl};
}

QString ServeFault::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Close:
        return QStringLiteral("close");
    case Kind::DropTcp:
        return QStringLiteral("drop-tcp");
    case Kind::Oversized:
        return QStringLiteral("oversized");
    case Kind::InvalidUtf8:
        return QStringLiteral("invalid-utf8");
    case Kind::ReservedOpcode:
        return QStringLiteral("reserved-opcode");
    case Kind::RsvBits:
        return QStringLiteral("rsv");
    case Kind::MaskedFrame:
        return QStringLiteral("masked");
    case Kind::FragmentedControl:
        return QStringLiteral("fragmented-ping");
    }
    return {};
}

QList<RawFrame> ServeFault::frames() const
{
    RawFrame frame;
    frame.masked = false;
    switch (kind) {
    case Kind::Close:
    case Kind::DropTcp:
        return {};
    case Kind::Oversized:
        if (bytes > 0) {
            // The header only: the payload is streamed (streamedBytes()), never held whole.
            frame.opcode = 0x2;
            frame.declaredLength = quint64(bytes);
        } else {
            // Only the header: a length no client accepts, which it must refuse on sight.
            frame.opcode = 0x2;
            frame.declaredLength = quint64(1) << 62;
        }
        return {frame};
    case Kind::InvalidUtf8:
        // "Caf" then a lead byte followed by a byte that cannot continue it.
        frame.payload = QByteArray("Caf\xc3\x28", 5);
        return {frame};
    case Kind::ReservedOpcode:
        frame.opcode = quint8(opcode);
        frame.payload = QByteArrayLiteral("reserved");
        return {frame};
    case Kind::RsvBits:
        frame.rsv1 = rsv == 1;
        frame.rsv2 = rsv == 2;
        frame.rsv3 = rsv == 3;
        frame.payload = QByteArrayLiteral("rsv");
        return {frame};
    case Kind::MaskedFrame:
        frame.masked = true;
        frame.maskKey = 0x12345678u;
        frame.payload = QByteArrayLiteral("masked by the server");
        return {frame};
    case Kind::FragmentedControl: {
        // A ping split in two: control frames must not be fragmented (RFC 6455 §5.5).
        RawFrame first = frame;
        first.opcode = 0x9;
        first.fin = false;
        first.payload = QByteArrayLiteral("pi");
        RawFrame second = frame;
        second.opcode = 0x0;
        second.payload = QByteArrayLiteral("ng");
        return {first, second};
    }
    }
    return {};
}

QString ServeFault::describe() const
{
    switch (kind) {
    case Kind::Close:
        return tr("Close with code %1 (written as given, valid or not)").arg(code);
    case Kind::DropTcp:
        return tr("Drop the TCP connection without a Close (the client sees 1006)");
    case Kind::Oversized:
        return bytes > 0 ? tr("A %1-byte binary frame (a client with a smaller limit closes "
                              "with 1009)")
                               .arg(bytes)
                         : tr("A frame header that declares 2^62 bytes (the client closes "
                              "with 1009)");
    case Kind::InvalidUtf8:
        return tr("A text frame that is not UTF-8 (the client closes with 1007)");
    case Kind::ReservedOpcode:
        return tr("A frame with reserved opcode %1 (the client closes with 1002)").arg(opcode);
    case Kind::RsvBits:
        return tr("A text frame with RSV%1 set and no extension for it (the client closes "
                  "with 1002)")
            .arg(rsv);
    case Kind::MaskedFrame:
        return tr("A masked frame from the server (the client closes with 1002)");
    case Kind::FragmentedControl:
        return tr("A ping split into two frames (the client closes with 1002)");
    }
    return {};
}

bool ServeFault::parse(const QString &specText, ServeFault *out, QString *error)
{
    ServeFault fault;
    QString spec = specText.trimmed();
    if (const qsizetype at = spec.lastIndexOf(QLatin1Char('@')); at > 0) {
        if (!wholeNumber(QStringView(spec).mid(at + 1), 0, 24 * 3600 * 1000, &fault.afterMs)) {
            *error = tr("\"%1\": after \"@\" comes a delay in milliseconds").arg(specText);
            return false;
        }
        spec.truncate(at);
    }
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    const QString key = eq < 0 ? spec : spec.left(eq);
    const QString value = eq < 0 ? QString() : spec.mid(eq + 1);
    bool found = false;
    for (Kind kind : kinds()) {
        if (kindId(kind) == key) {
            fault.kind = kind;
            found = true;
        }
    }
    if (!found) {
        QStringList ids;
        for (Kind kind : kinds())
            ids << kindId(kind);
        *error = tr("\"%1\": unknown fault; one of: %2").arg(key, ids.join(QStringLiteral(", ")));
        return false;
    }
    qint64 n = 0;
    switch (fault.kind) {
    case Kind::Close: {
        const QString code = value.section(QLatin1Char(':'), 0, 0);
        if (!wholeNumber(code, 0, 65535, &n)) {
            *error = tr("\"close\": a code from 0 to 65535, then :REASON if wanted");
            return false;
        }
        fault.code = int(n);
        fault.reason = value.section(QLatin1Char(':'), 1);
        break;
    }
    case Kind::Oversized:
        if (!value.isEmpty() && !wholeNumber(value, 1, 1LL << 30, &fault.bytes)) {
            *error = tr("\"oversized\": a size in bytes from 1 to 1073741824, or none");
            return false;
        }
        break;
    case Kind::ReservedOpcode:
        if (!value.isEmpty()) {
            if (!wholeNumber(value, 3, 15, &n) || (n > 7 && n < 11)) {
                *error = tr("\"reserved-opcode\": 3 to 7 or 11 to 15");
                return false;
            }
            fault.opcode = int(n);
        }
        break;
    case Kind::RsvBits:
        if (!value.isEmpty()) {
            if (!wholeNumber(value, 1, 3, &n)) {
                *error = tr("\"rsv\": 1, 2 or 3");
                return false;
            }
            fault.rsv = int(n);
        }
        break;
    default:
        if (!value.isEmpty()) {
            *error = tr("\"%1\" takes no value").arg(key);
            return false;
        }
        break;
    }
    *out = fault;
    return true;
}

QString ServeFault::toSpec() const
{
    QString spec = kindId(kind);
    switch (kind) {
    case Kind::Close:
        spec += QLatin1Char('=') + QString::number(code);
        if (!reason.isEmpty())
            spec += QLatin1Char(':') + reason;
        break;
    case Kind::Oversized:
        if (bytes > 0)
            spec += QLatin1Char('=') + QString::number(bytes);
        break;
    case Kind::ReservedOpcode:
        spec += QLatin1Char('=') + QString::number(opcode);
        break;
    case Kind::RsvBits:
        spec += QLatin1Char('=') + QString::number(rsv);
        break;
    default:
        break;
    }
    if (afterMs > 0)
        spec += QLatin1Char('@') + QString::number(afterMs);
    return spec;
}

bool ServeFaultPlan::add(const QString &specText, QString *error)
{
    const QString spec = specText.trimmed();
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    const QString key = eq < 0 ? spec : spec.left(eq);
    const QString value = eq < 0 ? QString() : spec.mid(eq + 1);
    auto number = [&](qint64 min, qint64 max, qint64 *out) {
        if (wholeNumber(value, min, max, out))
            return true;
        *error = tr("\"%1\": a whole number from %2 to %3").arg(key).arg(min).arg(max);
        return false;
    };
    auto noValue = [&] {
        if (eq < 0)
            return true;
        *error = tr("\"%1\" takes no value").arg(key);
        return false;
    };
    qint64 n = 0;
    if (key == QLatin1String("refuse")) {
        const QString status = value.section(QLatin1Char(':'), 0, 0);
        if (!wholeNumber(status, 200, 599, &n) || n == 101) {
            *error = tr("\"refuse\": a status from 200 to 599, then :BODY if wanted");
            return false;
        }
        server.refuse.status = int(n);
        server.refuse.body = value.section(QLatin1Char(':'), 1).toUtf8();
        return true;
    }
    if (key == QLatin1String("upgrade-delay")) {
        if (!number(0, 3600 * 1000, &n))
            return false;
        server.upgradeDelayMs = int(n);
        return true;
    }
    if (key == QLatin1String("no-upgrade"))
        return noValue() && (server.neverFinishHandshake = true);
    if (key == QLatin1String("ignore-pings"))
        return noValue() && (server.ignorePings = true);
    if (key == QLatin1String("stop-reading"))
        return noValue() && (server.stopReading = true);
    if (key == QLatin1String("delay")) {
        if (!number(0, 3600 * 1000, &n))
            return false;
        messages.delayMs = n;
        return true;
    }
    if (key == QLatin1String("drop-every") || key == QLatin1String("duplicate-every")) {
        if (!number(1, 1000000, &n))
            return false;
        (key == QLatin1String("drop-every") ? messages.dropEvery : messages.duplicateEvery) =
            int(n);
        return true;
    }
    const QList<ServeFault::Kind> kinds = ServeFault::kinds();
    if (std::none_of(kinds.cbegin(), kinds.cend(), [&](ServeFault::Kind k) {
            return ServeFault::kindId(k) == key.section(QLatin1Char('@'), 0, 0);
        })) {
        // Say every key there is, not only the one-off faults' that parse() would list.
        *error = tr("\"%1\": unknown fault; see --help for the SPECs").arg(key);
        return false;
    }
    ServeFault fault;
    if (!ServeFault::parse(spec, &fault, error))
        return false;
    atOpen << fault;
    return true;
}

QString ServeFaultPlan::specHelp()
{
    // One paragraph: the help wraps each line of its notes as a paragraph of its own.
    return tr("--fault SPEC (testing clients) is one of: refuse=STATUS[:BODY] (answer the "
              "upgrade with this status and body), upgrade-delay=MS, no-upgrade (read the "
              "upgrade and never answer it), ignore-pings, stop-reading (the client's writes "
              "back up), delay=MS, drop-every=N, duplicate-every=N (the messages the server "
              "sends), and, done to each client once it is open or MS later with @MS: "
              "close=CODE[:REASON] (any code, valid or not), drop-tcp (no Close), "
              "oversized[=BYTES] (default: a header declaring 2^62 bytes), invalid-utf8, "
              "reserved-opcode[=N] (3), rsv[=1|2|3] (2), masked, fragmented-ping.");
}
