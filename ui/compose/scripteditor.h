#pragma once

#include <QPlainTextEdit>

class QCompleter;
class QStandardItemModel;

/// The Script tab's editor: plain text with the script API's completions (ScriptApi). The
/// list opens by itself after `ws.`, `vars.`, `http.`, `console.`, `expect(…).` and `on('`,
/// and for any word on Ctrl+Space; Tab or Enter accepts, Escape closes, and every other
/// key goes on being typed. A subclass because QCompleter hands the keys it does not use
/// to the widget's event() directly, past any event filter (Qt's Custom Completer example).
class ScriptEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ScriptEditor(QWidget *parent = nullptr);
    ~ScriptEditor() override;

    QCompleter *completer() const { return m_completer; }
    /// Whether the completion list is showing.
    bool completing() const;
    /// Opens the list for the cursor's position as Ctrl+Space does; false when nothing fits.
    bool requestCompletion();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    /// Auto: typing, where only the API's contexts open the list; Follow: typing while it
    /// shows; Request: Ctrl+Space.
    enum class Mode { Auto, Follow, Request };
    /// Shows the names fitting the text before the cursor; hides the list when none do.
    bool updateCompletion(Mode mode);
    void insertCompletion(const QString &name);

    QCompleter *m_completer;
    QStandardItemModel *m_model;
    QString m_prefix;
};
