#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct CollectionDocument;

/// Reads the WebSocket requests of a Postman collection (v2.1, v2.0 read alike) and a Postman
/// environment export. docs/collections.md lists what is mapped and what is left out; what
/// is left out is named in CollectionDocument::skipped, never dropped silently.
class PostmanImport
{
    Q_DECLARE_TR_FUNCTIONS(PostmanImport)
public:
    /// A Postman collection (info.schema on schema.getpostman.com) or environment export.
    static bool looksLikePostman(const QByteArray &json);
    /// The collection's folders that hold WebSocket requests, as one folder named after the
    /// collection; or an environment export as one environment. False with *error.
    static bool parse(const QByteArray &json, CollectionDocument *out, QString *error);
};
