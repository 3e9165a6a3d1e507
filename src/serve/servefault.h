#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "protocol/frame/rawframe.h"
#include "protocol/server/serverconfig.h"
#include "serve/serverules.h"

/// Something a mock server does to one client on purpose, to test how the client copes:
/// close with any code (invalid ones too), drop TCP without a Close, or write a frame RFC 6455
/// forbids (an oversized one, invalid UTF-8, a reserved opcode, RSV bits, a masked server
/// frame, a fragmented control frame). The tab's Faults page and `wsprobe-cli serve --fault`
/// name them with the same SPEC (ServeFaultPlan::specHelp()).
struct ServeFault
{
    Q_DECLARE_TR_FUNCTIONS(ServeFault)
public:
    enum class Kind {
        Close,
        DropTcp,
        Oversized,
        InvalidUtf8,
        ReservedOpcode,
        RsvBits,
        MaskedFrame,
        FragmentedControl
    };

    Kind kind = Kind::Close;
    int code = 1000;    ///< Close: any number, 0–65535 (0: a Close without a code)
    QString reason;     ///< Close
    qint64 bytes = 0;   ///< Oversized: a real frame this long; 0: a header that declares 2^62
    int opcode = 0x3;   ///< ReservedOpcode: 3–7 or 11–15
    int rsv = 2;        ///< RsvBits: which bit, 1–3
    qint64 afterMs = 0; ///< `--fault` at open: this long after the client's connection opens

    /// The frames the fault writes, in order (empty for Close and DropTcp). For an oversized
    /// frame of `bytes` only its header: its payload is streamedBytes() long and written as
    /// it drains (ServerEngine::writeStreamedFrame), so N bytes to many clients never hold N
    /// bytes each.
    QList<RawFrame> frames() const;
    qint64 streamedBytes() const { return kind == Kind::Oversized ? bytes : 0; }
    /// What the client is expected to say ("1002 protocol error"), for the menu's tooltips.
    QString describe() const;

    /// "close=4999:bye", "drop-tcp", "oversized", "oversized=2097152", "invalid-utf8",
    /// "reserved-opcode=11", "rsv=1", "masked", "fragmented-ping", each with an optional
    /// "@MS" (after this long). False with *error naming what is wrong.
    static bool parse(const QString &spec, ServeFault *out, QString *error);
    QString toSpec() const;
    static QString kindId(Kind kind);
    static QList<Kind> kinds();

    bool operator==(const ServeFault &) const = default;
};

/// Everything `wsprobe-cli serve --fault SPEC` can set, one SPEC at a time: the handshake's
/// faults (refuse=STATUS[:BODY], upgrade-delay=MS, no-upgrade), the engine's (ignore-pings,
/// stop-reading), the message faults (delay=MS, drop-every=N, duplicate-every=N) and the
/// one-off faults done to each client after it connects (ServeFault).
struct ServeFaultPlan
{
    Q_DECLARE_TR_FUNCTIONS(ServeFaultPlan)
public:
    ServerFaults server;
    MessageFaults messages;
    QList<ServeFault> atOpen;

    /// Adds one SPEC; false with *error (the SPEC's keys listed when the key is unknown).
    bool add(const QString &spec, QString *error);
    /// The SPECs, for --help and the documentation.
    static QString specHelp();
};
