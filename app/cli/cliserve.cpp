#include "cli/cliserve.h"

#include <QHostAddress>

#include "cli/consoleoutput.h"
#include "json/jsonwriter.h"
#include "protocol/server/serverconfig.h"
#include "script/servescriptsession.h"
#include "serve/servefault.h"
#include "serve/serverecording.h"
#include "serve/serverules.h"

CliServe::CliServe(const CliOptions &options, const Clock &clock, ConsoleOutput *out,
                   ConsoleOutput *err, bool colour, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_out(out)
    , m_err(err)
    , m_printer(options, colour)
    , m_clock(clock)
    , m_controller(clock)
{
    connect(&m_controller, &ServeController::clientEvent, this, &CliServe::print);
    connect(&m_controller, &ServeController::problem, this, [this](const QString &message) {
        m_err->write(tr("wsprobe-cli: %1\n").arg(message).toUtf8());
    });
    connect(&m_controller, &ServeController::stopped, this, [this] { emit finished(0); });
}

CliServe::~CliServe() = default;

int CliServe::start(QString *error)
{
    ServeRules rules;
    if (m_options.serveEcho)
        rules = ServeRules::echoRules();
    if (!m_options.rulesFile.isEmpty() && !ServeRules::load(m_options.rulesFile, &rules, error))
        return 2;
    // The options were checked when parsed; --fault's message faults override the file's.
    ServeFaultPlan faults;
    for (const QString &spec : m_options.faultSpecs) {
        if (!faults.add(spec, error))
            return 2;
    }
    if (!faults.messages.isNone())
        rules.faults = faults.messages;
    if (!rules.script.isEmpty()) {
        m_script = std::make_shared<ServeScriptSession>(m_controller, m_clock);
        connect(m_script.get(), &ServeScriptSession::problem, this, [this](const QString &m) {
            m_err->write(tr("wsprobe-cli: script: %1\n").arg(m).toUtf8());
        });
        connect(m_script.get(), &ServeScriptSession::logged, this, [this](const QString &text) {
            if (m_options.json) {
                QByteArray line = "{\"type\":\"log\",\"text\":";
                JsonWriter::appendString(&line, text.toUtf8());
                line += "}\n";
                m_out->write(line);
            } else {
                m_out->write((text + QLatin1Char('\n')).toUtf8());
            }
        });
        if (!m_script->startFile(rules.scriptPath(), error))
            return 2;
        rules.scriptRunner = m_script;
    }
    m_controller.setRules(rules);
    m_controller.setOpenFaults(faults.atOpen);
    if (!m_options.serveSession.isEmpty()) {
        auto recording = std::make_shared<ServeRecording>();
        if (!recording->load(m_options.serveSession, error))
            return 2;
        m_controller.setRecording(recording, m_options.speed);
    }
    ServerConfig config;
    config.address = QHostAddress(m_options.serveHost);
    config.port = m_options.port;
    config.paths = m_options.servePaths;
    config.tls = !m_options.tlsCert.isEmpty() || m_options.tlsSelfSigned;
    config.certFile = m_options.tlsCert;
    config.keyFile = m_options.tlsKey;
    config.selfSigned = m_options.tlsSelfSigned;
    config.faults = faults.server;
    if (m_options.serveNoSubprotocol)
        config.subprotocolPolicy = ServerConfig::SubprotocolPolicy::None;
    else if (!m_options.serveSubprotocols.isEmpty())
        config.subprotocolPolicy = ServerConfig::SubprotocolPolicy::Preference;
    config.subprotocols = m_options.serveSubprotocols;
    config.deflateEnabled = m_options.serveDeflate;
    config.deflate = m_options.serveDeflateParams;
    config.extraResponseHeaders = m_options.serveResponseHeaders;
    ConnectionRequest engineOptions = m_options.request;
    engineOptions.closeTimeoutMs = 3000;
    m_controller.setConnectionOptions(engineOptions);
    m_controller.setRecordPath(m_options.output);
    if (!m_controller.listen(config, error))
        return 1;
    const QString url = m_controller.url(QStringLiteral("/")).toString();
    const QString fingerprint = m_controller.certificateFingerprint();
    if (m_options.json) {
        QByteArray line = "{\"type\":\"listening\",\"url\":";
        JsonWriter::appendString(&line, url.toUtf8());
        if (!fingerprint.isEmpty()) {
            line += ",\"sha256\":";
            JsonWriter::appendString(&line, fingerprint.toUtf8());
        }
        line += "}\n";
        m_out->write(line);
    } else {
        QString text = tr("Listening on %1").arg(url);
        if (!m_options.servePaths.isEmpty())
            text += tr(" (paths %1)").arg(m_options.servePaths.join(QLatin1String(", ")));
        m_out->write((text + QLatin1Char('\n')).toUtf8());
        if (!fingerprint.isEmpty())
            m_out->write(tr("Certificate SHA-256: %1\n").arg(fingerprint).toUtf8());
    }
    return 0;
}

void CliServe::print(int client, const Event &event)
{
    QByteArray text = m_printer.format(event);
    if (text.isEmpty())
        return;
    if (m_options.json && text.startsWith('{'))
        text.insert(1, "\"client\":" + QByteArray::number(client) + ',');
    else
        text.prepend('[' + QByteArray::number(client) + "] ");
    m_out->write(text);
}

void CliServe::interrupt(int signalNumber)
{
    if (m_interrupted) {
        emit finished(128 + signalNumber);
        return;
    }
    m_interrupted = true;
    m_controller.stop();
}
