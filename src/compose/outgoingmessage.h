#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>

class Variables;

/// What the user asks to send, before it becomes bytes: the one rule behind the composer,
/// templates, the periodic sender, on-open messages and the console's --send options. A
/// message is a mode and a body; build() turns it into a payload (variables expanded in
/// text and JSON, JSON checked, hex and base64 decoded, a file read) or says, with the
/// position where it can, why it cannot.
struct OutgoingMessage
{
    Q_DECLARE_TR_FUNCTIONS(OutgoingMessage)
public:
    /// In the order the composer has always saved it (settings hold the number).
    enum class Mode { Text, Hex, Json, Base64, File };

    Mode mode = Mode::Text;
    /// Text or JSON with {{variables}}, hex or base64 digits, or (File) the file's path.
    QString body;

    static OutgoingMessage text(const QString &body) { return {Mode::Text, body}; }
    static OutgoingMessage hex(const QString &body) { return {Mode::Hex, body}; }
    /// A logged message as the composer would send it again: binary as hex, text that is a
    /// JSON object or array as JSON, other text as text.
    static OutgoingMessage fromPayload(const QByteArray &payload, bool isText);

    /// The bytes to send and how.
    struct Payload
    {
        QByteArray bytes; ///< UTF-8 when isText
        bool isText = true;
    };
    /// variables may be null: placeholders are then sent as typed. False with *error.
    bool build(Variables *variables, Payload *out, QString *error) const;

    /// The composer's check while the body is typed, before variables are expanded: JSON with
    /// `{{name}}` placeholders standing for values, hex digits, base64. Text and files pass (a
    /// file is read when sent). False with *problem saying what is wrong and where.
    bool checkBody(QString *problem) const;

    bool isBinary() const
    {
        return mode == Mode::Hex || mode == Mode::Base64 || mode == Mode::File;
    }

    /// Stable names for files and settings: "text", "json", "hex", "base64", "file".
    static QString modeId(Mode mode);
    /// False when id names no mode.
    static bool modeFromId(QStringView id, Mode *mode);

    /// Files above this size are sent, but the composer warns first.
    static constexpr qint64 LargeFileBytes = 16 * 1024 * 1024;
    /// One WebSocket message of Wsprobe's carries at most this much.
    static constexpr qint64 MaxFileBytes = qint64(1) << 31;

    bool operator==(const OutgoingMessage &) const = default;
};
Q_DECLARE_METATYPE(OutgoingMessage)
