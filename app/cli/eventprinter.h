#pragma once

#include <QByteArray>

#include "cli/clioptions.h"
#include "connection/event.h"
#include "protocols/protocollayer.h"
#include "session/transcript.h"

/// How wsprobe-cli prints an event: a JSON line (--json) or the transcript line, filtered by
/// -q / --show-handshake, and on a terminal coloured by direction and outcome.
class EventPrinter
{
public:
    EventPrinter(const CliOptions &options, bool colour);

    /// The text to write for e, newline included; empty when e is not to be printed.
    QByteArray format(const Event &e);
    /// format(e) appended to out: the flood's path, no buffer of its own per event.
    void append(const Event &e, QByteArray *out);
    /// A message read at a protocol layer (--protocol): a line per packet, as JSON
    /// ({"event":"packet", "protocol", "dir", "type"…}) or "< [protocol] summary". A packet
    /// that carries a payload (MQTT PUBLISH) has it decoded by --decode.
    void appendPackets(const Event &e, const QString &protocol, const QList<LayerPacket> &packets,
                       QByteArray *out);

    /// Colour on the terminal fd (1: standard output): only when it is a terminal, TERM is
    /// not "dumb" and NO_COLOR is unset or empty (https://no-color.org).
    static bool colourWanted(int fd);
    /// Whether fd (0: standard input, 1: standard output) is a terminal.
    static bool isTerminal(int fd);

private:
    bool m_json;
    bool m_colour;
    bool m_showHandshake;
    bool m_framesAsked;
    bool m_quiet;
    std::shared_ptr<const DecodePipeline> m_decode;
    Transcript::Writer m_transcript;
};
