#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>

#include "snippet/copyasdialog.h"

template<typename T> static T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

class TestCopyAsDialog : public QObject
{
    Q_OBJECT
private slots:
    void showsChosenToolShellAndWhatIsLeftOut();
    void codeHasNoShell();
    void copiesWhatIsShown();
};

static ConnectionRequest request()
{
    ConnectionRequest r;
    r.url = QUrl("wss://127.0.0.1:9/chat?room=a%20b");
    r.subprotocols = {"chat"};
    r.headers = {{"X-Note", "it's"}};
    r.certFile = "/certs/client.p12";
    r.keyPassphrase = "secret";
    return r;
}

void TestCopyAsDialog::showsChosenToolShellAndWhatIsLeftOut()
{
    CopyAsDialog dialog(request());
    dialog.show();
    auto *kind = child<QComboBox>(&dialog, "kindCombo");
    auto *shell = child<QComboBox>(&dialog, "shellCombo");
    auto *text = child<QPlainTextEdit>(&dialog, "snippetText");
    auto *list = child<QListWidget>(&dialog, "omittedList");

    dialog.setKind(Snippets::Kind::Wscat);
    dialog.setShell(Shell::Posix);
    QCOMPARE(kind->currentText(), Snippets::title(Snippets::Kind::Wscat));
    QCOMPARE(shell->currentText(), Snippets::shellTitle(Shell::Posix));
    QVERIFY(shell->isEnabled());
    QVERIFY(text->toPlainText().startsWith("wscat -c 'wss://127.0.0.1:9/chat?room=a%20b'"));
    QVERIFY(text->toPlainText().contains("-H 'X-Note:it'\\''s'"));
    // wscat cannot read the PKCS#12 file: said in the list, not dropped silently.
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains("PKCS#12"));
    QCOMPARE(dialog.omitted(), QStringList{list->item(0)->text()});

    // Another shell quotes the same command its own way.
    shell->setCurrentIndex(shell->findData(int(Shell::PowerShell)));
    QCOMPARE(dialog.shell(), Shell::PowerShell);
    QVERIFY(text->toPlainText().contains("-H 'X-Note:it''s'"));
    shell->setCurrentIndex(shell->findData(int(Shell::Cmd)));
    QVERIFY(text->toPlainText().contains("^\"wss://127.0.0.1:9/chat?room=a^%20b^\""));

    // websocat can: the list goes away and the label says nothing is left out.
    kind->setCurrentIndex(kind->findData(int(Snippets::Kind::Websocat)));
    QVERIFY(text->toPlainText().contains("--client-pkcs12-der"));
    QVERIFY(!list->isVisible());
    QVERIFY(dialog.omitted().isEmpty());
    QVERIFY(!child<QLabel>(&dialog, "omittedLabel")->text().isEmpty());
}

void TestCopyAsDialog::codeHasNoShell()
{
    CopyAsDialog dialog(request(), nullptr, "ping");
    dialog.show();
    dialog.setKind(Snippets::Kind::BrowserJs);
    QVERIFY(!child<QComboBox>(&dialog, "shellCombo")->isEnabled());
    QVERIFY(dialog.text().contains("new WebSocket(\"wss://127.0.0.1:9/chat?room=a%20b\", "
                                   "[\"chat\"]);"));
    QVERIFY(dialog.text().contains("ws.send(\"ping\");"));
    QVERIFY(dialog.omitted().join('\n').contains("X-Note"));
    dialog.setKind(Snippets::Kind::PythonWebsockets);
    QVERIFY(dialog.text().contains("import websockets"));
    dialog.setKind(Snippets::Kind::NodeWs);
    QVERIFY(dialog.text().contains("require(\"ws\")"));
}

void TestCopyAsDialog::copiesWhatIsShown()
{
    CopyAsDialog dialog(request());
    dialog.show();
    dialog.setKind(Snippets::Kind::WsprobeCli);
    dialog.setShell(Shell::Posix);
    QTest::mouseClick(child<QWidget>(&dialog, "copyButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), dialog.text());
    QVERIFY(dialog.text().contains("--pass secret"));
    QVERIFY(!child<QLabel>(&dialog, "statusLabel")->text().isEmpty());
}

QTEST_MAIN(TestCopyAsDialog)
#include "tst_copyasdialog.moc"
