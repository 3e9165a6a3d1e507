#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QString>
#include <QStringList>

class QSettings;

/// The user's choices that apply to every tab, read and written in one place.
struct Preferences
{
    Q_DECLARE_TR_FUNCTIONS(Preferences)
public:
    enum Theme { SystemTheme, LightTheme, DarkTheme };

    QFont logFont;
    QFont composerFont;
    /// Events kept in a live log; the oldest are dropped beyond it. 0: no limit.
    qsizetype maxRows = DefaultMaxRows;
    Theme theme = SystemTheme;
    /// "" follows the system; otherwise a translation's code ("en", "vi").
    QString language;
    /// Header names and query parameters that every export redacts besides the built-in
    /// ones, even when secrets are kept (Redaction::Rules).
    QStringList redactNames;

    static constexpr qsizetype DefaultMaxRows = 2000000;

    static Preferences load(const QSettings &settings);
    void save(QSettings &settings) const;
    /// Sets the application palette (Fusion style for light and dark; the platform's own
    /// palette for the system theme). A forced theme also turns to Qt's own file and message
    /// dialogs, which follow the palette; the system theme keeps the platform's.
    void applyTheme() const;
    /// The locale to translate for: the chosen language, or the system's.
    QLocale locale() const;
    /// At startup (a new language applies from the next one): installs Wsprobe's catalogue
    /// for locale() from the folder catalogues and Qt's own, and makes locale() the default
    /// QLocale, so dates and numbers follow the language of the window. With the system
    /// language and no catalogue for it, the system's formats stay.
    void applyLanguage(const QString &catalogues = QStringLiteral(":/i18n")) const;
    static QStringList languageCodes()
    {
        return {QString(), QStringLiteral("en"), QStringLiteral("vi")};
    }
};
