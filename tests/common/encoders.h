#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// Payloads made by real encoders, for the tests of what Wsprobe decodes: Python's msgpack,
/// cbor2, zlib, gzip and base64 (Debian's /usr/bin/python3), and protoc with the tests'
/// .proto files. A program that cannot start or fails ends the test program with its error
/// output: a test must not go on with input that was never made.
namespace Encoders {

/// The standard output of program run with args, input written to its standard input.
QByteArray run(const QString &program, const QStringList &args, const QByteArray &input = {});

/// The bytes `out` holds once code has run, with sys, base64, zlib, gzip, msgpack and cbor2
/// imported.
QByteArray python(const QString &code);

/// protoc --encode=TYPE (mode "encode", input in text format) or --decode=TYPE (mode
/// "decode", input on the wire) with file from folder. protoc is found when CMake is
/// configured; without it, the tests that need it are not built.
QByteArray protoc(const QString &mode, const QString &type, const QString &folder,
                  const QString &file, const QByteArray &input);

} // namespace Encoders
