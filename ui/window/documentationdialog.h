#pragma once

#include <QDialog>
#include <QString>

class QLabel;
class QTextBrowser;
class QUrl;

/// The documentation installed with the program (Markdown, docs/ beside a README.md), read
/// inside the window: it follows the palette, so a dark theme stays dark, and needs no viewer
/// for Markdown on the system. Links to the web open in the browser.
class DocumentationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DocumentationDialog(const QString &folder, QWidget *parent = nullptr);

    QString folder() const { return m_folder; }
    QTextBrowser *browser() const { return m_browser; }
    /// Shows url when it is a page of the documentation; opens a web link in the browser;
    /// says so when the page is not shipped.
    void openLink(const QUrl &url);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Pictures wider than the page (the README's screenshot) are shown at the page's width.
    void fitImages();

    QString m_folder;
    QTextBrowser *m_browser;
    QLabel *m_note;
};
