// Echo benchmark for the server engine (issue 14): the same load client floods each echo
// server with N binary messages of S bytes, keeping W of them in flight, and counts the echoes
// back; then it opens K idle connections and reads how much the server's resident memory grew.
// Each server runs in its own process:
//   wsprobe  this program with --serve: WebSocketListener + EchoResponder (the server engine)
//   node     tests/servers/node/ws_server.mjs /echo (Node `ws`)
//   python   tests/servers/python_ws_server.py /echo (Python `websockets`)
// The load client is a plain socket that writes pre-masked frames and parses only frame
// headers, so that it costs little beside the servers. No compression (the client offers none).
//
//   wsprobe-bench-echo [--sizes 64,65536] [--messages N] [--window W] [--idle K]
//                      [--servers wsprobe,node,python] [--repeat R]
#include <algorithm>
#include <cstdio>
#include <map>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QThread>
#include <QtEndian>

#include "protocol/frame/rawframe.h"
#include "protocol/server/echoresponder.h"
#include "protocol/server/serverengine.h"
#include "protocol/server/websocketlistener.h"

namespace {

int serve()
{
    WebSocketListener listener;
    QString error;
    if (!listener.listen(ServerConfig(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::map<EchoResponder *, std::unique_ptr<EchoResponder>> clients;
    QObject::connect(&listener, &WebSocketListener::clientPending, [&] {
        while (std::unique_ptr<ServerEngine> engine = listener.nextPendingClient()) {
            auto echo = std::make_unique<EchoResponder>(std::move(engine));
            EchoResponder *key = echo.get();
            echo->setOnClosed([&clients, key] { clients.erase(key); });
            clients.emplace(key, std::move(echo));
        }
    });
    std::printf("LISTENING %d\n", listener.port());
    std::fflush(stdout);
    return QCoreApplication::exec();
}

qint64 rssOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

struct Server
{
    QString name;
    QProcess process;
    quint16 port = 0;
};

bool start(Server &s, const QString &self)
{
    const QString servers = QStringLiteral(WSPROBE_SERVERS_DIR);
    if (s.name == QLatin1String("wsprobe"))
        s.process.start(self, {QStringLiteral("--serve")});
    else if (s.name == QLatin1String("node"))
        s.process.start(QStringLiteral(WSPROBE_NODE), {servers + "/node/ws_server.mjs"});
    else
        s.process.start(QStringLiteral("/usr/bin/python3"), {servers + "/python_ws_server.py"});
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (!out.contains('\n') && t.elapsed() < 10000) {
        s.process.waitForReadyRead(200);
        out += s.process.readAllStandardOutput();
    }
    const qsizetype at = out.indexOf("LISTENING ");
    if (at < 0)
        return false;
    s.port = quint16(out.mid(at + 10).trimmed().split('\n').first().toUInt());
    return s.port != 0;
}

bool upgrade(QTcpSocket &socket, quint16 port)
{
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return false;
    socket.write("GET /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                 "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                 "Sec-WebSocket-Version: 13\r\n\r\n");
    QByteArray head;
    while (!head.contains("\r\n\r\n")) {
        if (!socket.waitForReadyRead(5000))
            return false;
        head += socket.read(4096 - head.size());
    }
    return head.startsWith("HTTP/1.1 101");
}

/// Messages echoed per second, or -1.
double flood(quint16 port, int size, int messages, int window)
{
    QTcpSocket socket;
    if (!upgrade(socket, port))
        return -1;
    RawFrame f;
    f.opcode = 0x2;
    f.payload = QByteArray(size, 'e');
    f.maskKey = 0x01020304;
    const QByteArray frame = f.encode();
    const qsizetype echoSize = frame.size() - 4; // the server's copy is unmasked
    QElapsedTimer timer;
    timer.start();
    qint64 sent = 0;
    qint64 received = 0;
    qint64 pendingBytes = 0;
    while (received < messages) {
        while (sent < messages && sent - received < window) {
            socket.write(frame);
            ++sent;
        }
        if (!socket.waitForReadyRead(10000))
            return -1;
        pendingBytes += socket.bytesAvailable();
        socket.skip(socket.bytesAvailable());
        received = pendingBytes / echoSize; // every echo has the same size
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    socket.abort();
    return messages / seconds;
}

/// Resident bytes per idle client: K upgraded connections held open.
double idleBytesPerClient(Server &s, int k)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    auto warm = std::make_unique<QTcpSocket>();
    if (!upgrade(*warm, s.port))
        return -1;
    QThread::msleep(300);
    const qint64 before = rssOf(s.process.processId());
    for (int i = 0; i < k; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        if (!upgrade(*socket, s.port))
            return -1;
        sockets.push_back(std::move(socket));
    }
    QThread::msleep(500);
    const qint64 after = rssOf(s.process.processId());
    return double(after - before) / k;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{"serve", "Run the Wsprobe echo server (used by the bench itself)."},
                       {"sizes", "Message sizes.", "list", "64,65536"},
                       {"messages", "Messages per run (64 KiB: a tenth).", "n", "200000"},
                       {"window", "Messages in flight.", "n", "256"},
                       {"idle", "Idle clients for the memory figure.", "n", "1000"},
                       {"servers", "Servers to run.", "list", "wsprobe,node,python"},
                       {"repeat", "Runs per server and size; the median is shown.", "n", "3"}});
    parser.process(app);
    if (parser.isSet("serve"))
        return serve();

    const QStringList names = parser.value("servers").split(',');
    const int messages = parser.value("messages").toInt();
    const int window = parser.value("window").toInt();
    const int repeat = std::max(1, parser.value("repeat").toInt());
    std::printf("Echo: each server in its own process, one client keeping %d messages in flight, "
                "%d runs, median shown\n\n",
                window, repeat);
    std::printf("%-8s %8s %10s %14s %12s\n", "server", "size", "messages", "echoes/s", "MiB/s");
    for (const QString &sizeText : parser.value("sizes").split(',')) {
        const int size = sizeText.toInt();
        const int n = size >= 16384 ? std::max(1000, messages / 10) : messages;
        for (const QString &name : names) {
            Server s;
            s.name = name;
            if (!start(s, app.applicationFilePath())) {
                std::printf("%-8s could not be started\n", qPrintable(name));
                continue;
            }
            std::vector<double> rates;
            for (int r = 0; r < repeat; ++r)
                rates.push_back(flood(s.port, size, n, window));
            std::sort(rates.begin(), rates.end());
            const double rate = rates[rates.size() / 2];
            std::printf("%-8s %8d %10d %14.0f %12.1f\n", qPrintable(name), size, n, rate,
                        rate * size / (1024.0 * 1024.0));
            std::fflush(stdout);
            s.process.kill();
            s.process.waitForFinished(5000);
        }
    }
    const int idle = parser.value("idle").toInt();
    std::printf("\nMemory: resident growth of the server process with %d idle clients\n\n", idle);
    for (const QString &name : names) {
        Server s;
        s.name = name;
        if (!start(s, app.applicationFilePath()))
            continue;
        const double perClient = idleBytesPerClient(s, idle);
        std::printf("%-8s %10.1f KiB per idle client\n", qPrintable(name), perClient / 1024.0);
        std::fflush(stdout);
        s.process.kill();
        s.process.waitForFinished(5000);
    }
    return 0;
}
