#pragma once

#include <memory>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "compose/outgoingmessage.h"
#include "match/messagematcher.h"

class ServeScript;

/// One rule of a mock server: when it fires (a client's message that matches, a client
/// connecting, a timer), what it sends (a composer message whose `{{variables}}` and
/// `{{$1}}` captures are expanded when it fires, or the client's own message back), to whom,
/// after how long, how many times, and whether it then closes the connection.
/// docs/serve-rules.md describes the file these are kept in.
struct ServeRule
{
    Q_DECLARE_TR_FUNCTIONS(ServeRule)
public:
    enum class Trigger { Message, Connect, Interval };
    /// Sender: the client whose message or connection fired the rule (for an interval rule,
    /// each client on its own timer from its connection); All: every connected client (an
    /// interval rule then has one timer for the server).
    enum class Target { Sender, All };

    QString name;
    bool enabled = true;
    Trigger trigger = Trigger::Message;
    MessageMatcher match; ///< Message rules
    qint64 everyMs = 0;   ///< Interval rules: > 0
    /// Whether the rule sends a message; a rule may only close, or only stop later rules.
    bool hasReply = false;
    /// Send the client's message back as it came (type and bytes) instead of `reply`.
    bool echo = false;
    /// Hand the message to the rules file's script (`onClientMessage`), which answers by
    /// itself: reply mode "script".
    bool toScript = false;
    OutgoingMessage reply;
    Target target = Target::Sender;
    qint64 delayMs = 0;
    /// How often the rule fires for one client (for an interval rule to all: in all); 0 =
    /// without end. After that the rule is spent and skipped.
    int times = 0;
    /// After sending (or instead), close the sender's connection with this code (0 = do not).
    int closeCode = 0;
    QString closeReason;
    /// A matching message rule stops the evaluation unless this is set: later rules then
    /// look at the message too.
    bool continueAfter = false;

    QJsonObject toJson() const;
    /// False with *error naming the key ("\"delayMs\": must be a whole number from 0").
    static bool fromJson(const QJsonObject &object, ServeRule *out, QString *error);

    static QString triggerId(Trigger trigger);
    /// One line for tables: "on message /^sub/ → reply after 100 ms, 1×".
    QString describe() const;
    bool operator==(const ServeRule &other) const;
};

/// What a mock server does wrong to every message it sends by itself (rules, echo, a served
/// recording): hold each back, drop every Nth, send every Nth twice. Counted over all
/// clients, so a test knows exactly which message goes missing.
struct MessageFaults
{
    qint64 delayMs = 0;
    int dropEvery = 0;      ///< 0: never; 3: the 3rd, 6th… message is not sent
    int duplicateEvery = 0; ///< 0: never; 2: the 2nd, 4th… message is sent twice
    bool isNone() const { return delayMs == 0 && dropEvery == 0 && duplicateEvery == 0; }
    bool operator==(const MessageFaults &) const = default;
};

/// The rules of one serve tab, in order, and its message faults; the JSON file they are
/// imported from and exported to (format "wsprobe-serve-rules", docs/serve-rules.md).
class ServeRules
{
    Q_DECLARE_TR_FUNCTIONS(ServeRules)
public:
    static constexpr int Version = 1;

    QList<ServeRule> rules;
    MessageFaults faults;
    /// The file's "script": a JavaScript file (relative to the rules file) whose
    /// onClientConnect / onClientMessage / onClientClose drive the session; empty: none.
    QString script;
    /// The folder a relative `script` is read from: the rules file's, set by load().
    QString baseDir;
    /// The running script the "script" rules hand messages to, attached by whoever loaded the
    /// rules and started it (not part of the file, not compared).
    std::shared_ptr<ServeScript> scriptRunner;
    /// `script` resolved against baseDir; empty when there is none.
    QString scriptPath() const;

    /// The one rule of `--echo`: every message back to its sender.
    static ServeRules echoRules();

    QByteArray toJson() const;
    /// False with *error saying where: "line 3, column 9: …" for JSON that does not parse,
    /// "rule 2 (\"ack\"): \"match\": \"pattern\": Regex error at character 4: …" for a
    /// rule, "\"faults\": \"dropEvery\": …" for the faults.
    static bool fromJson(const QByteArray &json, ServeRules *out, QString *error);
    /// Reads a file: the same errors, after the file name when it cannot be read.
    static bool load(const QString &path, ServeRules *out, QString *error);
    /// Writes with QSaveFile, so a failed write never leaves half a file.
    bool save(const QString &path, QString *error) const;

    bool operator==(const ServeRules &other) const;
};
