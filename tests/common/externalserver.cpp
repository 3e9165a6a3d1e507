#include "common/externalserver.h"

#include <QDeadlineTimer>

ExternalServer::~ExternalServer()
{
    stop();
}

bool ExternalServer::start(const QString &program, const QStringList &args, QString *error)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(program, args);
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("could not start %1: %2").arg(program, m_process.errorString());
        return false;
    }
    QByteArray seen;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine()
            && !m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            if (m_process.state() != QProcess::Running)
                break;
            continue;
        }
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine().trimmed();
            seen += line + '\n';
            if (line.startsWith("LISTENING ")) {
                m_port = quint16(line.mid(10).toUInt());
                return m_port != 0;
            }
        }
    }
    *error = QStringLiteral("%1 %2 did not report a port. stdout: %3 stderr: %4")
                 .arg(program, args.join(QLatin1Char(' ')), QString::fromUtf8(seen),
                      QString::fromUtf8(m_process.readAllStandardError()));
    stop();
    return false;
}

bool ExternalServer::startPython(const QString &script, QString *error, const QStringList &args)
{
    return start(QStringLiteral(WSPROBE_TEST_PYTHON),
                 QStringList{QStringLiteral(WSPROBE_TEST_SERVERS_DIR "/") + script} + args, error);
}

bool ExternalServer::startNode(const QString &script, QString *error)
{
    const QString node = QStringLiteral(WSPROBE_TEST_NODE);
    if (node.isEmpty() || node.endsWith(QLatin1String("NOTFOUND"))) {
        *error = QStringLiteral("node was not found when the tests were configured");
        return false;
    }
    return start(node, {QStringLiteral(WSPROBE_TEST_SERVERS_DIR "/node/") + script}, error);
}

void ExternalServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QString ExternalServer::url(const QString &path, const QString &scheme) const
{
    return QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(m_port).arg(path);
}
