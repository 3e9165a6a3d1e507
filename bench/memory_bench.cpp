// Bounded memory toward a peer that does not read (issue 10 §2): the peak RSS of the real
// wsprobe-cli while (a) a server sends 2,000,000 pings and never reads the pongs, and (b) 200 MB
// of stdin lines go toward a server that never reads. The baseline is the same process's
// peak right after the connection opened, measured in the same run; the target is growth of
// at most 64 MB in each case.
//
//   wsprobe-bench-memory [--pings N] [--ping-bytes B] [--stdin-mb M] [--cli PATH]   (PATH: another
//   build's wsprobe-cli, to measure it the same way)
#include <algorithm>
#include <cstdio>
#include <functional>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>

#include "benchutil.h"

namespace {

/// Accepts one WebSocket upgrade on 127.0.0.1, then stops reading: a zero-window peer.
class DeafPeer : public QObject
{
public:
    DeafPeer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            m_socket = m_server.nextPendingConnection();
            m_socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4096);
            connect(m_socket, &QTcpSocket::readyRead, this, &DeafPeer::onReadyRead);
        });
    }
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1/").arg(m_server.serverPort()); }
    bool upgraded() const { return m_upgraded; }
    QTcpSocket *socket() const { return m_socket; }

private:
    void onReadyRead()
    {
        if (m_upgraded)
            return; // never read again: the client's writes back up
        m_request += m_socket->readAll();
        if (!m_request.contains("\r\n\r\n"))
            return;
        QByteArray key;
        for (const QByteArray &line : m_request.split('\n')) {
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(18).trimmed();
        }
        const QByteArray accept =
            QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                     QCryptographicHash::Sha1)
                .toBase64();
        m_socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                        "Connection: Upgrade\r\nSec-WebSocket-Accept: "
                        + accept + "\r\n\r\n");
        m_socket->setReadBufferSize(1);
        m_upgraded = true;
    }

    QTcpServer m_server;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_request;
    bool m_upgraded = false;
};

bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

struct Result
{
    qint64 baseline = -1;
    qint64 peak = -1;
    QString detail;
};

/// Starts wsprobe-cli against a deaf peer and waits until it is connected.
QString g_cli = QStringLiteral(WSPROBE_CLI_PATH);

bool startCli(QProcess *cli, DeafPeer *peer)
{
    cli->setStandardOutputFile(QProcess::nullDevice());
    cli->setStandardErrorFile(QProcess::nullDevice());
    cli->start(g_cli, {QStringLiteral("connect"), peer->url(), QStringLiteral("--json")});
    if (!cli->waitForStarted(10000) || !waitFor([peer] { return peer->upgraded(); }, 10000))
        return false;
    waitFor([] { return false; }, 300); // let it settle after the open
    return true;
}

Result unreadPings(int count, int payloadBytes)
{
    Result r;
    DeafPeer peer;
    QProcess cli;
    if (!startCli(&cli, &peer))
        return r;
    r.baseline = peakRssOf(cli.processId());
    QByteArray pings;
    pings.reserve(qsizetype(count) * (2 + payloadBytes));
    QByteArray frame(2 + payloadBytes, 'p');
    frame[0] = char(0x89);
    frame[1] = char(payloadBytes);
    for (int i = 0; i < count; ++i) {
        qToBigEndian<quint64>(quint64(i), frame.data() + 2);
        pings += frame;
    }
    peer.socket()->write(pings);
    QElapsedTimer t;
    t.start();
    waitFor([&peer] { return peer.socket()->bytesToWrite() == 0; }, 120000);
    waitFor([] { return false; }, 1000); // the last pings are parsed and answered
    r.peak = peakRssOf(cli.processId());
    r.detail =
        QStringLiteral("%1 pings written to the client in %2 ms").arg(count).arg(t.elapsed());
    cli.kill();
    cli.waitForFinished(5000);
    return r;
}

Result stdinToDeafPeer(int megabytes)
{
    Result r;
    DeafPeer peer;
    QProcess cli;
    if (!startCli(&cli, &peer))
        return r;
    r.baseline = peakRssOf(cli.processId());
    const QByteArray line = QByteArray(1023, 's') + '\n';
    const qint64 total = qint64(megabytes) << 20;
    qint64 queued = 0;
    // Fed a few MiB at a time: stop when the program stops taking its input for 2 s.
    qint64 lastLeft = -1;
    QElapsedTimer stalled;
    stalled.start();
    while (true) {
        if (queued < total && cli.bytesToWrite() < (8 << 20)) {
            QByteArray chunk;
            for (int i = 0; i < 4096 && queued < total; ++i, queued += line.size())
                chunk += line;
            cli.write(chunk);
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        const qint64 left = total - queued + cli.bytesToWrite();
        if (left != lastLeft) {
            lastLeft = left;
            stalled.restart();
        }
        if (left == 0 || stalled.elapsed() > 2000)
            break;
    }
    r.peak = peakRssOf(cli.processId());
    r.detail = QStringLiteral("%1 of %2 MiB of stdin taken before the program stopped reading")
                   .arg(double(total - lastLeft) / (1 << 20), 0, 'f', 1)
                   .arg(megabytes);
    cli.kill();
    cli.waitForFinished(5000);
    return r;
}

void print(const char *name, const Result &r)
{
    if (r.peak < 0) {
        std::printf("%-32s failed (no /proc, or the program did not connect)\n", name);
        return;
    }
    const double growth = double(r.peak - r.baseline) / (1 << 20);
    std::printf("%-32s baseline %6.1f MB  peak %6.1f MB  growth %6.1f MB  (target <= 64 MB: %s)\n"
                "%-32s %s\n",
                name, double(r.baseline) / (1 << 20), double(r.peak) / (1 << 20), growth,
                growth <= 64 ? "met" : "NOT met", "", qPrintable(r.detail));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int pings = 2000000;
    int pingBytes = 64;
    int stdinMb = 200;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--pings"))
            pings = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--stdin-mb"))
            stdinMb = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--ping-bytes"))
            pingBytes = std::clamp(args[i + 1].toInt(), 8, 125);
        else if (args[i] == QLatin1String("--cli"))
            g_cli = args[i + 1];
    }
    std::printf("%s: peak RSS toward a peer that does not read\n", qPrintable(g_cli));
    print("unread pings", unreadPings(pings, pingBytes));
    print("stdin toward a zero-window peer", stdinToDeafPeer(stdinMb));
    return 0;
}
