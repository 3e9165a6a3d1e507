#include "window/preferences.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

#include "session/redaction.h"

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x64, 0xb5, 0xf6));
    p.setColor(QPalette::Highlight, QColor(0x1e, 0x88, 0xe5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

Preferences Preferences::load(const QSettings &settings)
{
    Preferences p;
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    p.logFont = fixed;
    p.composerFont = fixed;
    p.logFont.fromString(
        settings.value(QStringLiteral("Preferences/logFont"), fixed.toString()).toString());
    p.composerFont.fromString(
        settings.value(QStringLiteral("Preferences/composerFont"), fixed.toString()).toString());
    p.maxRows = settings.value(QStringLiteral("Preferences/maxRows"), DefaultMaxRows).toLongLong();
    p.theme =
        Theme(std::clamp(settings.value(QStringLiteral("Preferences/theme"), 0).toInt(), 0, 2));
    p.language = settings.value(QStringLiteral("Preferences/language")).toString();
    if (!languageCodes().contains(p.language))
        p.language.clear();
    p.redactNames = Redaction::cleanNames(
        settings.value(QStringLiteral("Preferences/redactNames")).toStringList());
    return p;
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("Preferences/logFont"), logFont.toString());
    settings.setValue(QStringLiteral("Preferences/composerFont"), composerFont.toString());
    settings.setValue(QStringLiteral("Preferences/maxRows"), qint64(maxRows));
    settings.setValue(QStringLiteral("Preferences/theme"), int(theme));
    settings.setValue(QStringLiteral("Preferences/language"), language);
    settings.setValue(QStringLiteral("Preferences/redactNames"), redactNames);
    settings.sync();
}

void Preferences::applyTheme() const
{
    // The platform's style and palette, remembered before we first change them.
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    switch (theme) {
    case SystemTheme:
        if (QApplication::style()->name() != systemStyle)
            QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        break;
    case LightTheme:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case DarkTheme:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
    // A platform's file dialog (GTK's, the portal's) draws with the platform's theme, so it
    // would stay light under a forced dark palette: a forced theme uses Qt's own dialogs,
    // which take the application's palette; the system theme follows the platform.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs, theme != SystemTheme);
}

QLocale Preferences::locale() const
{
    return language.isEmpty() ? QLocale() : QLocale(language);
}

void Preferences::applyLanguage(const QString &catalogues) const
{
    const QLocale ui = locale();
    auto *own = new QTranslator(qApp);
    const bool translated =
        own->load(ui, QStringLiteral("wsprobe"), QStringLiteral("_"), catalogues);
    if (translated)
        QCoreApplication::installTranslator(own);
    else
        delete own;
    // Qt's catalogue, where the system has one for this language, answers before Wsprobe's
    // copy of Qt's words (the translator installed last is asked first).
    auto *qt = new QTranslator(qApp);
    if (qt->load(ui, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // Dates and numbers on screen follow the language of the window. Files, HAR and the
    // console program's output are written without QLocale and stay ISO 8601 and C.
    if (translated || !language.isEmpty())
        QLocale::setDefault(ui);
}
