#include "common/encoders.h"

#include <QProcess>
#include <QtGlobal>

namespace Encoders {

QByteArray run(const QString &program, const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000))
        qFatal("cannot start %s", qPrintable(program));
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

QByteArray python(const QString &code)
{
    return run(QStringLiteral(WSPROBE_TEST_PYTHON),
               {QStringLiteral("-c"), QStringLiteral("import sys, base64, zlib, gzip, msgpack, "
                                                     "cbor2\n%1\nsys.stdout.buffer.write(out)")
                                          .arg(code)});
}

QByteArray protoc(const QString &mode, const QString &type, const QString &folder,
                  const QString &file, const QByteArray &input)
{
#ifdef WSPROBE_TEST_PROTOC
    return run(QStringLiteral(WSPROBE_TEST_PROTOC),
               {QStringLiteral("--%1=%2").arg(mode, type), QStringLiteral("-I"), folder, file},
               input);
#else
    Q_UNUSED(mode)
    Q_UNUSED(type)
    Q_UNUSED(folder)
    Q_UNUSED(file)
    Q_UNUSED(input)
    qFatal("protoc was not found when the tests were configured");
#endif
}

} // namespace Encoders
