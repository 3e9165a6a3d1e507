#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariantMap>

class QSettings;

/// The window's connection tabs and URL history as one file (docs/workspace.md), rewritten
/// while the user works so that a crash or kill -9 loses none of it. A tab is the map its
/// page saves (ConnectionWorkbench::saveState and the page's own keys); the workspace only
/// decides how such maps are written and read back.
struct Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
public:
    static constexpr int CurrentVersion = 1;
    static constexpr const char *Format = "wsprobe-workspace";

    QList<QVariantMap> tabs;
    int currentTab = 0;
    /// The URL history the address field offers, newest first.
    QStringList recentUrls;
    /// The built-in demo server's port when the workspace was saved (0: not running), so that
    /// tabs pointing at it can follow it to a new port after a restart.
    quint16 demoPort = 0;

    /// The file's bytes: JSON, keys in a fixed order, no time stamp, so that saving an
    /// unchanged workspace gives the same bytes.
    QByteArray toJson() const;
    /// False with *error when json is not a workspace this version can read.
    static bool fromJson(const QByteArray &json, Workspace *out, QString *error);

    /// Written through QSaveFile (all or nothing), readable by its owner only: tabs keep
    /// headers and variables that may be secrets.
    bool save(const QString &path, QString *error) const;
    /// False with *error when the file exists but cannot be read; false without an error
    /// when there is no file yet.
    static bool load(const QString &path, Workspace *out, QString *error);
    /// What settings from before the workspace file kept: their tabs, or one last URL.
    static Workspace fromOldSettings(const QSettings &settings);
    /// Removes those keys: the workspace file has them now.
    static void removeOldSettings(QSettings &settings);
    /// The workspace file kept beside a settings file ("Wsprobe.conf" →
    /// "Wsprobe-workspace.json").
    static QString pathBeside(const QString &settingsFile);

    /// Which tab a URL given to the program (a command-line URL, --demo) goes to: the current
    /// one when its URL is empty or the same; else the first with the same URL; else -1, a
    /// new tab, so that a tab set up for another server is never overwritten.
    static int tabForUrl(const QStringList &tabUrls, int current, const QString &url);

    /// url with its port changed from oldPort to newPort when it points at the demo server
    /// (ws://127.0.0.1:oldPort/…); empty when it does not.
    static QString movedDemoUrl(const QString &url, quint16 oldPort, quint16 newPort);
};
