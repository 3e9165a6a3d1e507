// The Preferences dialog in each language: every label shows its words without a stray '&'
// and names the field it belongs to; and what the theme does to Qt's own dialogs.
#include <QApplication>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QSet>
#include <QTest>
#include <QTranslator>

#include "window/preferences.h"
#include "window/preferencesdialog.h"

class TestPreferencesDialog : public QObject
{
    Q_OBJECT
private slots:
    void labelsShowNoAmpersand_data();
    void labelsShowNoAmpersand();
    void forcedThemeUsesQtsOwnDialogs_data();
    void forcedThemeUsesQtsOwnDialogs();
};

// What a QLabel puts on screen for its text: with a buddy, "&x" is an underlined x and "&&"
// one '&'; without one, every '&' shows as it is. Rich text is not used in the dialog.
static QString shownText(const QLabel *label, QChar *mnemonic)
{
    const QString text = label->text();
    if (!label->buddy())
        return text;
    QString shown;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '&' && i + 1 < text.size()) {
            ++i;
            if (text.at(i) != '&')
                *mnemonic = text.at(i).toLower();
        }
        shown += text.at(i);
    }
    return shown;
}

void TestPreferencesDialog::labelsShowNoAmpersand_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << "en";
    QTest::addRow("vi") << "vi";
}

void TestPreferencesDialog::labelsShowNoAmpersand()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (language != "en") {
        QVERIFY(translator.load("wsprobe_" + language, WSPROBE_QM_DIR));
        QVERIFY(QCoreApplication::installTranslator(&translator));
    }
    Preferences prefs;
    PreferencesDialog dialog(prefs);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (language == "vi")
        QCOMPARE(dialog.windowTitle(), QString("Tùy chọn"));

    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    QVERIFY(labels.size() >= 7);
    QSet<QChar> mnemonics;
    int withBuddy = 0;
    for (const QLabel *label : labels) {
        QChar mnemonic;
        const QString shown = shownText(label, &mnemonic);
        QVERIFY2(!shown.isEmpty(), qPrintable(label->objectName()));
        // "&&" is a deliberate '&'; no label in this dialog has one.
        QVERIFY2(!shown.contains('&'), qPrintable(language + ": " + shown));
        if (!mnemonic.isNull()) {
            ++withBuddy;
            QVERIFY2(!mnemonics.contains(mnemonic),
                     qPrintable(QString("%1: Alt+%2 twice (%3)").arg(language, mnemonic, shown)));
            mnemonics.insert(mnemonic);
        }
    }
    // The six fields each have a label whose Alt+letter reaches them.
    QCOMPARE(withBuddy, 6);
    auto *form = qobject_cast<QFormLayout *>(dialog.layout());
    QVERIFY(form);
    for (const char *name : {"logFontCombo", "composerFontCombo", "maxRowsSpin", "themeCombo",
                             "languageCombo", "redactNamesEdit"}) {
        auto *field = dialog.findChild<QWidget *>(name);
        QVERIFY2(field, name);
        const bool hasLabel = std::any_of(labels.begin(), labels.end(),
                                          [&](const QLabel *l) { return l->buddy() == field; });
        QVERIFY2(hasLabel, name);
    }
    if (language != "en")
        QCoreApplication::removeTranslator(&translator);
}

void TestPreferencesDialog::forcedThemeUsesQtsOwnDialogs_data()
{
    QTest::addColumn<int>("theme");
    QTest::addColumn<bool>("qtDialogs");
    QTest::addRow("dark") << int(Preferences::DarkTheme) << true;
    QTest::addRow("light") << int(Preferences::LightTheme) << true;
    QTest::addRow("system") << int(Preferences::SystemTheme) << false;
}

void TestPreferencesDialog::forcedThemeUsesQtsOwnDialogs()
{
    QFETCH(int, theme);
    QFETCH(bool, qtDialogs);
    Preferences prefs;
    // From the opposite state, so that the setting is seen to change.
    prefs.theme = qtDialogs ? Preferences::SystemTheme : Preferences::DarkTheme;
    prefs.applyTheme();
    QCOMPARE(QCoreApplication::testAttribute(Qt::AA_DontUseNativeDialogs), !qtDialogs);
    prefs.theme = Preferences::Theme(theme);
    prefs.applyTheme();
    QCOMPARE(QCoreApplication::testAttribute(Qt::AA_DontUseNativeDialogs), qtDialogs);
    if (theme == Preferences::DarkTheme) {
        // Qt's own file dialog takes the dark palette.
        QFileDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(dialog.palette().color(QPalette::Window).lightness() < 80,
                 qPrintable(dialog.palette().color(QPalette::Window).name()));
        auto *name = dialog.findChild<QWidget *>("fileNameEdit");
        QVERIFY2(name, "not Qt's own file dialog");
        QVERIFY(name->palette().color(QPalette::Base).lightness() < 80);
        QVERIFY(name->palette().color(QPalette::Text).lightness() > 180);
    }
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
