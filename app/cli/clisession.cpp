#include "cli/clisession.h"

#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QTemporaryDir>

#include "cli/cliclient.h"
#include "protocol/requestvalidator.h"
#include "session/har.h"
#include "session/journal.h"
#include "session/sessionreader.h"
#include "session/sessionwriter.h"

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CliSession)
};

QString issuesText(const Session &session, const QString &path)
{
    QString out;
    for (const LoadIssue &issue : session.issues)
        out += Tr::tr("%1: %2\n").arg(path, issue.message);
    if (session.skippedLines > 0)
        out += Tr::tr("%1: %2 more problem line(s) skipped\n").arg(path).arg(session.skippedLines);
    return out;
}

/// convert --list: a line per WebSocket entry, "NUMBER<tab>MESSAGES<tab>URL", MESSAGES "-"
/// when the file holds none for it (Firefox writes none).
int listEntries(const QString &path, QString *message)
{
    QList<Har::EntryInfo> entries;
    QString error;
    if (!Har::listFile(path, &entries, &error)) {
        *message = error;
        return CliSession::BadInput;
    }
    message->clear();
    for (const Har::EntryInfo &e : std::as_const(entries)) {
        *message += QString::number(e.index) + QLatin1Char('\t')
                    + (e.hasMessages ? QString::number(e.sent + e.received) : QStringLiteral("-"))
                    + QLatin1Char('\t') + e.url.toString(QUrl::FullyEncoded) + QLatin1Char('\n');
    }
    return CliSession::Ok;
}

} // namespace

namespace CliSession {

int convert(const CliOptions &options, QIODevice *stdinDevice, QIODevice *stdoutDevice,
            QString *message)
{
    const QString dash = QStringLiteral("-");
    const bool fromStdin = options.input == dash;
    const bool toStdout = options.output == dash;
    // Standard input and output go through files in a private directory: the readers map
    // files, and the writers replace theirs atomically.
    QTemporaryDir scratch;
    if ((fromStdin || toStdout) && !scratch.isValid()) {
        *message = Tr::tr("Cannot create a temporary directory: %1").arg(scratch.errorString());
        return BadInput;
    }
    QString inputPath = options.input;
    if (fromStdin) {
        inputPath = scratch.filePath(QStringLiteral("stdin"));
        QFile copy(inputPath);
        if (!copy.open(QIODevice::WriteOnly) || copy.write(stdinDevice->readAll()) < 0) {
            *message = Tr::tr("Cannot read standard input: %1").arg(copy.errorString());
            return BadInput;
        }
    }
    const QString inputName = fromStdin ? Tr::tr("standard input") : options.input;
    const QString outputName = toStdout ? Tr::tr("standard output") : options.output;

    if (options.listEntries) {
        const int status = listEntries(inputPath, message);
        message->replace(inputPath, inputName);
        return status;
    }
    // A HAR file lists its entries; a session file is no HAR and lists none. (Before the
    // load, so that the file's pages are let go before the session fills memory.)
    QList<Har::EntryInfo> entries;
    QString listError;
    const bool har = Har::listFile(inputPath, &entries, &listError);
    QString note;
    if (har && options.harEntry < 0 && entries.size() > 1 && !entries.first().fromWsprobe) {
        // Never drop the other connections of a HAR file without a word.
        note = Tr::tr("%1 has %2 WebSocket entries; converted entry %3 only. Choose "
                      "another with --entry N; --list shows them all.\n")
                   .arg(inputName)
                   .arg(entries.size())
                   .arg(entries.first().index);
    }
    Session session;
    QString error;
    if (!SessionReader::load(inputPath, options.harEntry, &session, &error)) {
        *message = error.replace(inputPath, inputName);
        return BadInput;
    }
    if (!har && options.harEntry >= 0) {
        *message =
            Tr::tr("--entry picks an entry of a HAR file; %1 is a session file.").arg(inputName);
        return BadInput;
    }
    ExportOptions exportOptions;
    exportOptions.keepSecrets = options.keepSecrets;
    exportOptions.redactNames = options.redactNames;
    exportOptions.decode = options.decode;
    auto format = SessionWriter::formatForPath(options.output);
    if (options.convertFormat == QLatin1String("jsonl"))
        format = SessionWriter::Format::Jsonl;
    else if (options.convertFormat == QLatin1String("har"))
        format = SessionWriter::Format::Har;
    else if (options.convertFormat == QLatin1String("txt"))
        format = SessionWriter::Format::Transcript;
    if (!fromStdin && !toStdout
        && QFileInfo(options.input).canonicalFilePath()
               == QFileInfo(options.output).canonicalFilePath()) {
        *message = Tr::tr("IN and OUT are the same file; choose another name for OUT.");
        return BadInput;
    }
    const QString outputPath =
        toStdout ? scratch.filePath(QStringLiteral("stdout")) : options.output;
    if (!SessionWriter::write(outputPath, format, session.header, session.events, exportOptions,
                              &error)) {
        *message = error.replace(outputPath, outputName);
        return BadInput;
    }
    if (toStdout) {
        QFile written(outputPath);
        if (!written.open(QIODevice::ReadOnly)) {
            *message = Tr::tr("Cannot read %1: %2").arg(outputPath, written.errorString());
            return BadInput;
        }
        while (!written.atEnd()) {
            const QByteArray chunk = written.read(1 << 20);
            if (chunk.isEmpty() || stdoutDevice->write(chunk) != chunk.size()) {
                *message =
                    Tr::tr("Cannot write to standard output: %1").arg(stdoutDevice->errorString());
                return BadInput;
            }
        }
    }
    *message = issuesText(session, inputName) + note
               + Tr::tr("Wrote %1 event(s) to %2.\n").arg(session.events.size()).arg(outputName);
    return Ok;
}

} // namespace CliSession

CliReplay::CliReplay(const CliOptions &options, const Clock &clock, QIODevice *output,
                     QIODevice *errors, bool colour, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_printer(options, colour)
    , m_clock(clock)
    , m_output(output)
    , m_errors(errors)
{
}

CliReplay::~CliReplay() = default;

bool CliReplay::start()
{
    QString error;
    QString inputPath = m_options.input;
    QString inputName = m_options.input;
    if (m_options.input == QLatin1String("-")) {
        // As convert reads it: into a private file first, since the readers map files.
        m_stdinCopy = std::make_unique<QTemporaryDir>();
        inputPath = m_stdinCopy->filePath(QStringLiteral("stdin"));
        inputName = Tr::tr("standard input");
        QFile in;
        QFile copy(inputPath);
        if (!m_stdinCopy->isValid() || !in.open(0, QIODevice::ReadOnly)
            || !copy.open(QIODevice::WriteOnly) || copy.write(in.readAll()) < 0 || !copy.flush()) {
            m_errors->write(Tr::tr("wsprobe-cli: %1\n")
                                .arg(Tr::tr("Cannot read standard input: %1")
                                         .arg(m_stdinCopy->isValid() ? copy.errorString()
                                                                     : m_stdinCopy->errorString()))
                                .toUtf8());
            m_exitCode = CliSession::BadInput;
            return false;
        }
    }
    if (!SessionReader::load(inputPath, m_options.harEntry, &m_recording, &error)) {
        m_errors->write(
            Tr::tr("wsprobe-cli: %1\n").arg(error.replace(inputPath, inputName)).toUtf8());
        m_exitCode = CliSession::BadInput;
        return false;
    }
    m_errors->write(issuesText(m_recording, inputName).toUtf8());

    // The recorded request, with what the command line changes.
    ConnectionRequest request = m_recording.header.request;
    if (m_options.replayUrl.isValid())
        request.url = m_options.replayUrl;
    request.headers += m_options.request.headers;
    if (m_options.request.ignoreTlsErrors)
        request.ignoreTlsErrors = true;
    for (auto [target, given] : {std::pair{&request.caFile, m_options.request.caFile},
                                 {&request.certFile, m_options.request.certFile},
                                 {&request.keyFile, m_options.request.keyFile},
                                 {&request.keyPassphrase, m_options.request.keyPassphrase},
                                 {&request.proxy, m_options.request.proxy}}) {
        if (!given.isEmpty())
            *target = given;
    }
    if (m_options.request.engine != EngineKind::Wire)
        request.engine = m_options.request.engine;
    const QString invalid = RequestValidator::checkRequest(request);
    if (!request.url.isValid() || !invalid.isEmpty()) {
        m_errors->write(Tr::tr("wsprobe-cli: the recorded request cannot be replayed: %1 Give "
                               "another target with --url.\n")
                            .arg(invalid.isEmpty() ? Tr::tr("it has no URL.") : invalid)
                            .toUtf8());
        m_exitCode = CliSession::BadInput;
        return false;
    }

    ReplayOptions replay;
    replay.speed = m_options.speed;
    replay.waitForCount = m_options.waitForCount;
    if (!m_options.waitForMatch.isEmpty())
        replay.waitForMatch = QRegularExpression(m_options.waitForMatch);
    replay.lingerMs = m_options.lingerMs;
    replay.waitTimeoutMs = m_options.waitTimeoutMs;
    m_runner = std::make_unique<ReplayRunner>(m_recording.header, m_recording.events, request,
                                              replay, m_clock);

    if (!m_options.output.isEmpty()) {
        m_journal = std::make_unique<Journal>();
        Journal::Options journal;
        journal.privateFile = true;
        journal.redactNames = m_options.redactNames;
        if (!m_journal->open(m_options.output, m_runner->header(), journal, &error)) {
            m_errors->write(Tr::tr("wsprobe-cli: %1\n").arg(error).toUtf8());
            m_exitCode = CliSession::BadInput;
            return false;
        }
        m_runner->connection().addSink(m_journal.get());
    }
    connect(&m_runner->connection(), &Connection::eventOccurred, this, [this](const Event &e) {
        if (e.kind == EventKind::Error)
            m_lastError = QString::fromUtf8(e.payload);
        const QByteArray text = m_printer.format(e);
        if (!text.isEmpty())
            m_output->write(text);
    });
    connect(m_runner.get(), &ReplayRunner::finished, this, &CliReplay::onFinished);
    m_runner->start();
    return true;
}

void CliReplay::outputFailed(const QString &reason, bool closedPipe)
{
    if (m_outputStatus != 0 || !m_runner)
        return;
    m_outputStatus = closedPipe ? CliClient::ClosedPipeStatus : CliClient::WriteFailedStatus;
    if (!closedPipe)
        m_errors->write(
            Tr::tr("wsprobe-cli: cannot write to standard output: %1\n").arg(reason).toUtf8());
    m_runner->stop();
}

void CliReplay::onFinished(bool opened)
{
    if (m_journal) {
        m_runner->connection().removeSink(m_journal.get());
        m_journal->finish();
    }
    const ReplayScheduler &s = m_runner->scheduler();
    if (m_outputStatus != 0) { // nobody reads the report
        m_exitCode = m_outputStatus;
    } else if (!opened) {
        m_exitCode = CliSession::ConnectionFailed;
        m_errors->write(
            Tr::tr("wsprobe-cli: %1\n")
                .arg(m_lastError.isEmpty() ? Tr::tr("the connection failed") : m_lastError)
                .toUtf8());
    } else {
        m_errors->write(Tr::tr("Replayed %1 of %2 message(s); received %3 (the recording "
                               "received %4).\n")
                            .arg(s.sentCount())
                            .arg(s.total())
                            .arg(s.receivedCount())
                            .arg(s.recordedIncoming())
                            .toUtf8());
        if (s.waitTimeouts() > 0)
            m_errors->write(
                Tr::tr("%n wait(s) for replies timed out.\n", nullptr, s.waitTimeouts()).toUtf8());
        m_exitCode = s.sentCount() == s.total() ? CliSession::Ok : CliSession::ConnectionFailed;
        if (m_options.compare) {
            CompareRules rules;
            rules.ignoreKeys = m_options.ignoreKeys;
            for (const QString &pattern : std::as_const(m_options.ignoreRegexes))
                rules.masks << QRegularExpression(pattern);
            if (m_options.decode)
                rules.decoder = *m_options.decode;
            const CompareResult result = m_runner->compare(rules);
            m_output->write(
                result.report(m_runner->recordedIncoming(), m_runner->replayedIncoming(), rules)
                    .toUtf8());
            if (!result.passed() && m_exitCode == CliSession::Ok)
                m_exitCode = CliSession::Differences;
        }
    }
    emit finished(m_exitCode);
}
