#include "relaypeer.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QTest>

RelayPeer::~RelayPeer()
{
    stop();
}

QString RelayPeer::program(Library library)
{
    return library == Library::Python ? QStringLiteral(WSPROBE_TEST_PYTHON)
                                      : QStringLiteral(WSPROBE_TEST_NODE);
}

QString RelayPeer::script(Library library)
{
    return library == Library::Python
               ? QStringLiteral(WSPROBE_TEST_SERVERS_DIR "/relay_peer.py")
               : QStringLiteral(WSPROBE_TEST_SERVERS_DIR "/node/relay_peer.mjs");
}

bool RelayPeer::startClient(Library library, const QStringList &args, QString *error)
{
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] { read(); });
    m_process.start(program(library), QStringList{script(library)} + args);
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    return true;
}

bool RelayPeer::startServer(Library library, const QStringList &args, QString *error)
{
    if (!startClient(library, QStringList{QStringLiteral("server")} + args, error))
        return false;
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && m_port == 0 && m_process.state() == QProcess::Running)
        QTest::qWait(20);
    if (m_port == 0)
        *error = QStringLiteral("no port: ") + QString::fromUtf8(m_process.readAllStandardError());
    return m_port != 0;
}

void RelayPeer::read()
{
    m_buffer += m_process.readAllStandardOutput();
    qsizetype nl;
    while ((nl = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(nl).trimmed();
        m_buffer.remove(0, nl + 1);
        if (line.startsWith("LISTENING "))
            m_port = quint16(line.mid(10).toUInt());
        else if (const QJsonDocument doc = QJsonDocument::fromJson(line); doc.isObject())
            m_lines << doc.object();
    }
}

bool RelayPeer::waitFinished(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_process.state() != QProcess::NotRunning)
        QTest::qWait(20);
    read();
    return m_process.state() == QProcess::NotRunning;
}

bool RelayPeer::waitForEvent(const QString &event, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        read();
        for (const QJsonObject &o : std::as_const(m_lines)) {
            if (o.value(QLatin1String("event")).toString() == event)
                return true;
        }
        QTest::qWait(20);
    }
    return false;
}

QList<QJsonObject> RelayPeer::lines()
{
    read();
    return m_lines;
}

void RelayPeer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(2000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}
