#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>

class MqttLayer;

/// Messages of every protocol layer for the tests that compare a layer's readings: well
/// formed, varied and malformed ones, and byte-level mutations of them.
namespace LayerMessages {

QByteArray stomp(const QByteArray &command, const QList<std::pair<QByteArray, QByteArray>> &headers,
                 const QByteArray &body = {});
/// A SockJS "a" frame of messages.
QByteArray sockJs(const QList<QByteArray> &messages);
QList<QByteArray> stompMessages();
QList<QByteArray> sockJsMessages();
/// MessagePack values, each a way its JSON text can be written (or not, from the bytes alone).
QList<QByteArray> msgPackValues();
QByteArray mqtt(MqttLayer &layer, const QString &action, const QVariantMap &values);
QList<QByteArray> mqttMessages();
QList<QByteArray> socketIoMessages();
QList<QByteArray> graphQlMessages();
QList<QByteArray> signalRMessages();
/// The messages and their mutations (a byte changed, a byte inserted, the end cut off).
QList<QByteArray> withMutations(const QList<QByteArray> &messages);
/// A message in a failure's text.
QString shown(const QByteArray &b);

} // namespace LayerMessages
