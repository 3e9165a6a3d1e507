#pragma once

#include <QList>
#include <QString>

/// A URL's query as the request panel's key/value rows, and the rows back into the URL text.
/// Works on the text as typed (which may not be a valid URL yet). A pair the user did not
/// change keeps its spelling, so a round trip never rewrites the URL; a changed pair is
/// percent-encoded so that the server reads exactly what the row says.
class QueryParameters
{
public:
    struct Parameter
    {
        QString name;         ///< decoded
        QString value;        ///< decoded
        bool hasValue = true; ///< false: a bare "flag" without "="
        friend bool operator==(const Parameter &, const Parameter &) = default;
    };
    using List = QList<Parameter>;

    /// The decoded pairs of the query: the text after the first "?" up to a "#". Empty pairs
    /// ("a=1&&b=2") are left out.
    static List fromUrlText(QStringView urlText);
    /// urlText with its query made of params (none: no "?"); a pair equal to one already in
    /// the query keeps that text, the others are encoded. Rows with neither name nor value
    /// are left out.
    static QString withParameters(const QString &urlText, const List &params);

    /// %XX sequences to UTF-8; "+" stays "+" (RFC 3986; only HTML forms mean a space by it),
    /// and a "%" that starts no escape stays as it is.
    static QString decode(QStringView component);
    /// Everything but RFC 3986's unreserved characters and "!$'()*,/:@?" as %XX of UTF-8,
    /// so "&", "=", "#", "+", ";", "%" and spaces in a row reach the server as typed.
    static QString encode(QStringView component);

private:
    /// Where the query's text starts (after "?") and ends; start < 0 when there is none.
    static void queryBounds(QStringView urlText, qsizetype *start, qsizetype *end);
    static Parameter parsePair(QStringView raw);
};
