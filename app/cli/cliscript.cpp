#include "cli/cliscript.h"

#include <climits>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QXmlStreamWriter>

#include "connection/clock.h"
#include "connection/connection.h"
#include "log/eventlog.h"
#include "script/scriptruntime.h"
#include "workbench/connectionworkbench.h"

namespace {

/// 2 (a bad script) before 1 (a connection failure) before 3 (an assertion) before 0.
int worse(int a, int b)
{
    const auto rank = [](int s) { return s == 2 ? 3 : s == 1 ? 2 : s == 3 ? 1 : 0; };
    return rank(b) > rank(a) ? b : a;
}

QString statusId(ScriptOutcome::Status s)
{
    switch (s) {
    case ScriptOutcome::Status::Passed:
        return QStringLiteral("passed");
    case ScriptOutcome::Status::ConnectionFailed:
        return QStringLiteral("connection-failed");
    case ScriptOutcome::Status::ScriptError:
        return QStringLiteral("error");
    case ScriptOutcome::Status::AssertionFailed:
        return QStringLiteral("failed");
    case ScriptOutcome::Status::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

QByteArray jsonLine(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

/// Text as XML 1.0 may hold it: characters it forbids (controls other than tab, line feed and
/// carriage return, lone surrogates, U+FFFE and U+FFFF) become a backslash, "u" and four hex
/// digits as text, so a message
/// holding them still gives a JUnit file every CI system can parse, and says what was there.
QString xmlSafe(const QString &text)
{
    QString out;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n
            && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            out += text.at(i);
            out += text.at(++i);
            continue;
        }
        const bool bad = (c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D) || QChar::isSurrogate(c)
                         || c == 0xFFFE || c == 0xFFFF;
        if (bad)
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += text.at(i);
    }
    return out;
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

} // namespace

CliScript::CliScript(const CliOptions &options, const Clock &clock, QIODevice *output,
                     QIODevice *errors, bool colour, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(clock)
    , m_output(output)
    , m_errors(errors)
    , m_colour(colour && !options.json)
{
}

CliScript::~CliScript() = default;

bool CliScript::readEnvironment(const QString &path, Variables::Table *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the environment file %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    out->clear();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const auto addAll = [out](const QJsonArray &list) {
            for (const QJsonValue &v : list) {
                const QJsonObject var = v.toObject();
                const QString name = var.value(QLatin1String("name"))
                                         .toString(var.value(QLatin1String("key")).toString());
                if (!name.isEmpty())
                    out->append({name, var.value(QLatin1String("value")).toVariant().toString()});
            }
        };
        if (o.contains(QLatin1String("environments"))) {
            // Wsprobe's export: the globals, then the active environment (or the first).
            addAll(o.value(QLatin1String("globals")).toArray());
            const QJsonArray envs = o.value(QLatin1String("environments")).toArray();
            const QString active = o.value(QLatin1String("active")).toString();
            QJsonObject chosen = envs.isEmpty() ? QJsonObject() : envs.first().toObject();
            for (const QJsonValue &e : envs) {
                if (e.toObject().value(QLatin1String("name")).toString() == active)
                    chosen = e.toObject();
            }
            addAll(chosen.value(QLatin1String("variables")).toArray());
        } else if (o.value(QLatin1String("values")).isArray()) {
            addAll(o.value(QLatin1String("values")).toArray()); // a Postman environment
        } else {
            for (auto it = o.begin(); it != o.end(); ++it) {
                const QJsonValue v = it.value();
                out->append({it.key(),
                             v.isString()
                                 ? v.toString()
                                 : QString::fromUtf8(
                                       QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                                       .mid(1)
                                       .chopped(1)});
            }
        }
        return true;
    }
    if (data.trimmed().startsWith('{') || data.trimmed().startsWith('[')) {
        *error = tr("The environment file %1 is not a JSON object: %2 (at byte %3).")
                     .arg(path, parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    int lineNumber = 0;
    for (const QByteArray &raw : data.split('\n')) {
        ++lineNumber;
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString name = line.left(eq).trimmed();
        if (eq <= 0 || !Variables::isValidName(name)) {
            *error = tr("%1, line %2: expected NAME=VALUE.").arg(path).arg(lineNumber);
            return false;
        }
        out->append({name, line.mid(eq + 1).trimmed()});
    }
    return true;
}

bool CliScript::start(QString *error)
{
    const QFileInfo input(m_options.input);
    if (input.isDir()) {
        const QDir dir(input.filePath());
        for (const QString &name :
             dir.entryList({QStringLiteral("*.js")}, QDir::Files | QDir::Readable, QDir::Name))
            m_scripts << dir.filePath(name);
        if (m_scripts.isEmpty()) {
            *error = tr("The folder %1 holds no scripts (*.js).").arg(input.filePath());
            return false;
        }
    } else {
        m_scripts << input.filePath();
    }
    if (!m_options.envFile.isEmpty() && !readEnvironment(m_options.envFile, &m_environment, error))
        return false;
    if (!m_options.output.isEmpty() && m_scripts.size() > 1) {
        if (!QDir().mkpath(m_options.output)) {
            *error = tr("Cannot make the folder %1 for the sessions.").arg(m_options.output);
            return false;
        }
    }
    QTimer::singleShot(0, this, &CliScript::runNext);
    return true;
}

QString CliScript::sessionPathFor(const QString &script) const
{
    if (m_options.output.isEmpty())
        return {};
    if (m_scripts.size() == 1)
        return m_options.output;
    return QDir(m_options.output)
        .filePath(QFileInfo(script).completeBaseName() + QStringLiteral(".jsonl"));
}

void CliScript::write(const QByteArray &line)
{
    m_output->write(line);
}

void CliScript::runNext()
{
    if (m_interruptStatus)
        return;
    m_runtime.reset();
    m_workbench.reset();
    if (m_next >= m_scripts.size()) {
        finishAll();
        return;
    }
    const QString path = m_scripts.at(m_next++);
    m_workbench = std::make_unique<ConnectionWorkbench>(m_clock);
    m_workbench->setLogging(false);
    m_workbench->setRequest(m_options.request);
    if (m_options.decode)
        m_workbench->log().setDecodePipeline(*m_options.decode);
    m_workbench->variables().setEnvironment(m_environment);
    Variables::Table vars;
    for (const auto &v : std::as_const(m_options.scriptVars))
        vars.append(v);
    m_workbench->variables().setTable(vars);
    m_runtime = std::make_unique<ScriptRuntime>(*m_workbench, m_clock);
    m_runtime->setBusyLimitMs(m_options.scriptBusyLimitMs);
    m_runtime->setRunLimitMs(qint64(m_options.scriptTimeoutS) * 1000);
    m_runtime->setAutoConnect(!m_options.request.url.isEmpty());
    m_runtime->setBaseDir(QFileInfo(path).absolutePath());
    m_runtime->setAllowedDir(m_options.scriptAllowDir.isEmpty() ? QFileInfo(path).absolutePath()
                                                                : m_options.scriptAllowDir);
    connect(m_runtime.get(), &ScriptRuntime::checked, this, &CliScript::onChecked);
    connect(m_runtime.get(), &ScriptRuntime::logged, this, &CliScript::onLogged);
    connect(m_runtime.get(), &ScriptRuntime::finished, this, &CliScript::onFinished,
            Qt::QueuedConnection);

    if (m_options.json) {
        write(jsonLine({{QStringLiteral("type"), QStringLiteral("script")},
                        {QStringLiteral("script"), path}}));
    } else {
        write((m_colour ? QByteArrayLiteral("\x1b[1m") : QByteArray())
              + tr("▶ %1").arg(QDir::toNativeSeparators(path)).toUtf8()
              + (m_colour ? QByteArrayLiteral("\x1b[0m\n") : QByteArrayLiteral("\n")));
    }
    QString sessionError;
    const QString session = sessionPathFor(path);
    QFile file(path);
    QString readError;
    if (!file.open(QIODevice::ReadOnly))
        readError = tr("Cannot read the script %1: %2").arg(path, file.errorString());
    else if (!session.isEmpty() && !m_workbench->journalToFile(session, &sessionError))
        readError = sessionError;
    if (!readError.isEmpty()) {
        ScriptOutcome outcome;
        outcome.status = ScriptOutcome::Status::ScriptError;
        outcome.message = readError;
        onFinished(outcome);
        return;
    }
    m_runtime->start(QString::fromUtf8(file.readAll()), QFileInfo(path).fileName());
}

void CliScript::onChecked(const ScriptCheck &c)
{
    if (m_options.json) {
        write(jsonLine({{QStringLiteral("type"), QStringLiteral("check")},
                        {QStringLiteral("script"), m_scripts.at(m_next - 1)},
                        {QStringLiteral("name"), c.name},
                        {QStringLiteral("passed"), c.passed},
                        {QStringLiteral("expected"), c.expected},
                        {QStringLiteral("got"), c.got},
                        {QStringLiteral("line"), c.line},
                        {QStringLiteral("durationMs"), c.durationMs}}));
        return;
    }
    const QByteArray on = m_colour ? (c.passed ? "\x1b[32m" : "\x1b[31m") : "";
    const QByteArray off = m_colour ? "\x1b[0m" : "";
    QString text = (c.passed ? tr("  ✓ %1") : tr("  ✗ %1")).arg(c.name);
    if (c.line > 0)
        text += tr("  (line %1, %2 ms)").arg(c.line).arg(c.durationMs);
    QByteArray out = on + text.toUtf8() + off + '\n';
    if (!c.passed) {
        out += tr("      expected: %1\n").arg(c.expected).toUtf8();
        out += tr("      got:      %1\n").arg(c.got).toUtf8();
    }
    write(out);
}

void CliScript::onLogged(const QString &text)
{
    if (m_options.json) {
        write(jsonLine({{QStringLiteral("type"), QStringLiteral("log")},
                        {QStringLiteral("script"), m_scripts.at(m_next - 1)},
                        {QStringLiteral("text"), text}}));
        return;
    }
    write(tr("  log: %1\n").arg(text).toUtf8());
}

void CliScript::onFinished(const ScriptOutcome &outcome)
{
    const QString path = m_scripts.at(m_next - 1);
    m_results.append({path, outcome});
    const int status = outcome.exitStatus();
    if (m_options.json) {
        write(jsonLine({{QStringLiteral("type"), QStringLiteral("result")},
                        {QStringLiteral("script"), path},
                        {QStringLiteral("status"), statusId(outcome.status)},
                        {QStringLiteral("exitStatus"), status},
                        {QStringLiteral("message"), outcome.message},
                        {QStringLiteral("line"), outcome.line},
                        {QStringLiteral("column"), outcome.column},
                        {QStringLiteral("checks"), double(outcome.checkCount)},
                        {QStringLiteral("failed"), outcome.failedChecks()},
                        {QStringLiteral("durationMs"), outcome.durationMs}}));
    } else {
        QString line;
        switch (outcome.status) {
        case ScriptOutcome::Status::Passed:
            line = tr("  passed: %n assertion(s)", nullptr,
                      int(qMin<qint64>(outcome.checkCount, INT_MAX)));
            break;
        case ScriptOutcome::Status::AssertionFailed:
        case ScriptOutcome::Status::Stopped:
            line = tr("  failed: %1 of %2 assertion(s)")
                       .arg(outcome.failedChecks())
                       .arg(outcome.checkCount);
            if (!outcome.message.isEmpty() && outcome.failedChecks() == 0)
                line += QStringLiteral(" — ") + outcome.message;
            break;
        case ScriptOutcome::Status::ConnectionFailed:
            line = tr("  connection failed: %1").arg(outcome.message);
            break;
        case ScriptOutcome::Status::ScriptError:
            line = outcome.line > 0 ? tr("  script error at line %1, column %2: %3")
                                          .arg(outcome.line)
                                          .arg(outcome.column)
                                          .arg(outcome.message)
                                    : tr("  script error: %1").arg(outcome.message);
            break;
        }
        write(line.toUtf8() + '\n');
    }
    if (status == 1 || status == 2) {
        const QString where =
            outcome.line > 0
                ? QStringLiteral("%1:%2:%3: ").arg(path).arg(outcome.line).arg(outcome.column)
                : path + QStringLiteral(": ");
        m_errors->write(tr("wsprobe-cli: %1\n").arg(where + outcome.message).toUtf8());
    }
    // The next script gets a connection of its own; this one is closed first (briefly
    // bounded), so that the server sees a clean end and the session records it.
    if (m_workbench && m_workbench->connection().readyState() != ReadyState::Closed) {
        Connection *c = &m_workbench->connection();
        auto *done = new QTimer(this);
        done->setSingleShot(true);
        const auto next = [this, done] {
            done->deleteLater();
            disconnect(done, nullptr, this, nullptr);
            QTimer::singleShot(0, this, &CliScript::runNext);
        };
        connect(done, &QTimer::timeout, this, next);
        connect(c, &Connection::closed, done, [done] { done->start(0); });
        if (c->readyState() == ReadyState::Open)
            c->close(1000, QString());
        done->start(ConnectionWorkbench::ShutdownWaitMs);
        return;
    }
    QTimer::singleShot(0, this, &CliScript::runNext);
}

void CliScript::finishAll()
{
    int status = 0;
    int checks = 0;
    int failed = 0;
    for (const auto &[path, outcome] : std::as_const(m_results)) {
        status = worse(status, outcome.exitStatus());
        checks += int(qMin<qint64>(outcome.checkCount, INT_MAX));
        failed += outcome.failedChecks();
    }
    if (!m_options.junitFile.isEmpty()) {
        QFile file(m_options.junitFile);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(junitXml(m_results)) < 0) {
            m_errors->write(tr("wsprobe-cli: cannot write %1: %2\n")
                                .arg(m_options.junitFile, file.errorString())
                                .toUtf8());
            status = 2;
        }
    }
    if (m_options.json) {
        write(jsonLine({{QStringLiteral("type"), QStringLiteral("summary")},
                        {QStringLiteral("scripts"), int(m_results.size())},
                        {QStringLiteral("checks"), checks},
                        {QStringLiteral("failed"), failed},
                        {QStringLiteral("exitStatus"), status}}));
    } else {
        write(tr("Scripts: %1 · assertions: %2 · failed: %3\n")
                  .arg(m_results.size())
                  .arg(checks)
                  .arg(failed)
                  .toUtf8());
    }
    emit finished(status);
}

void CliScript::interrupt(int signalNumber)
{
    if (m_interruptStatus)
        return;
    m_interruptStatus = 128 + signalNumber;
    if (m_runtime && m_runtime->isRunning())
        m_runtime->stop(tr("Interrupted."));
    if (m_workbench)
        m_workbench->shutdown(tr("interrupted"));
    const int status = m_interruptStatus;
    QTimer::singleShot(0, this, [this, status] { emit finished(status); });
}

QByteArray CliScript::junitXml(const QList<QPair<QString, ScriptOutcome>> &results)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    int tests = 0, failures = 0, errors = 0;
    qint64 totalMs = 0;
    for (const auto &[path, o] : results) {
        tests += int(o.checks.size())
                 + (o.status == ScriptOutcome::Status::ScriptError
                            || o.status == ScriptOutcome::Status::ConnectionFailed
                        ? 1
                        : 0);
        failures += int(o.keptFailures); // the file holds the kept checks; counts agree
        errors += o.status == ScriptOutcome::Status::ScriptError
                          || o.status == ScriptOutcome::Status::ConnectionFailed
                      ? 1
                      : 0;
        totalMs += o.durationMs;
    }
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("wsprobe-cli run"));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(tests));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeAttribute(QStringLiteral("errors"), QString::number(errors));
    xml.writeAttribute(QStringLiteral("time"), seconds(totalMs));
    for (const auto &[path, o] : results) {
        const QString suite = QFileInfo(path).completeBaseName();
        const bool broke = o.status == ScriptOutcome::Status::ScriptError
                           || o.status == ScriptOutcome::Status::ConnectionFailed;
        xml.writeStartElement(QStringLiteral("testsuite"));
        xml.writeAttribute(QStringLiteral("name"), xmlSafe(suite));
        xml.writeAttribute(QStringLiteral("file"), xmlSafe(path));
        xml.writeAttribute(QStringLiteral("tests"),
                           QString::number(o.checks.size() + (broke ? 1 : 0)));
        xml.writeAttribute(QStringLiteral("failures"), QString::number(o.keptFailures));
        xml.writeAttribute(QStringLiteral("errors"), QString::number(broke ? 1 : 0));
        xml.writeAttribute(QStringLiteral("time"), seconds(o.durationMs));
        for (const ScriptCheck &c : o.checks) {
            xml.writeStartElement(QStringLiteral("testcase"));
            xml.writeAttribute(QStringLiteral("classname"), xmlSafe(suite));
            xml.writeAttribute(QStringLiteral("name"),
                               xmlSafe(c.line > 0
                                           ? QStringLiteral("%1 (line %2)").arg(c.name).arg(c.line)
                                           : c.name));
            xml.writeAttribute(QStringLiteral("time"), seconds(c.durationMs));
            if (!c.passed) {
                xml.writeStartElement(QStringLiteral("failure"));
                xml.writeAttribute(QStringLiteral("message"), xmlSafe(c.got));
                xml.writeAttribute(QStringLiteral("type"), QStringLiteral("AssertionError"));
                xml.writeCharacters(xmlSafe(tr("expected: %1\ngot: %2").arg(c.expected, c.got)));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        if (broke) {
            xml.writeStartElement(QStringLiteral("testcase"));
            xml.writeAttribute(QStringLiteral("classname"), xmlSafe(suite));
            xml.writeAttribute(QStringLiteral("name"), tr("the script runs"));
            xml.writeAttribute(QStringLiteral("time"), seconds(o.durationMs));
            xml.writeStartElement(QStringLiteral("error"));
            xml.writeAttribute(QStringLiteral("message"), xmlSafe(o.message));
            xml.writeAttribute(QStringLiteral("type"),
                               o.status == ScriptOutcome::Status::ScriptError
                                   ? QStringLiteral("ScriptError")
                                   : QStringLiteral("ConnectionError"));
            if (o.line > 0)
                xml.writeCharacters(
                    xmlSafe(tr("%1, line %2, column %3").arg(path).arg(o.line).arg(o.column)));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}
