#pragma once

#include <memory>

#include <QTimer>
#include <QVariantMap>
#include <QWidget>

namespace Ui {
class SendBox;
}
class JsonHighlighter;
class PayloadEditor;
class QLabel;
class QToolButton;
class SendHistory;
class Variables;

/// The composer. Text, JSON (checked as typed, pretty-printed or minified on request,
/// coloured), binary typed as hex or base64, or a file of any size. `{{variables}}` are
/// expanded before sending, and an unknown one stops the send with a message. Up and Down on
/// the first or last line walk the connection's send history. It only asks; the connection
/// decides.
class SendBox : public QWidget
{
    Q_OBJECT
public:
    enum Mode { TextMode, HexMode, JsonMode, Base64Mode, FileMode };

    explicit SendBox(QWidget *parent = nullptr);
    ~SendBox() override;

    void setOpen(bool open);
    bool isOpen() const { return m_open; }
    Mode mode() const;
    void setMode(Mode mode);
    PayloadEditor *editor() const;
    void showError(const QString &message);
    void setEditorFont(const QFont &font);
    QString errorText() const;
    /// Both are owned by the connection's page and must outlive the box; either may be null.
    void setVariables(Variables *variables) { m_variables = variables; }
    void setHistory(SendHistory *history) { m_history = history; }

    /// The message as it would be sent now, variables expanded; false with the reason.
    bool buildMessage(QByteArray *payload, bool *isText, QString *error);
    /// What the editor holds (mode, text, file), for restoring a tab.
    QVariantMap state() const;
    void setState(const QVariantMap &state);
    /// Loads a message into the editor (a template, an on-open message).
    void setMessage(Mode mode, const QString &text);
    QString currentText() const;

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    /// Files above this size are sent, but only after a warning is shown.
    static constexpr qint64 LargeFileBytes = 16 * 1024 * 1024;

    /// Pretty-prints (indent 2) or minifies the editor's JSON; false with the error shown.
    bool reformatJson(bool pretty);
    /// Reads the editor and emits sendText or sendBinary; false (with the reason shown) if
    /// the connection is not open or the content is malformed.
    bool submit();

signals:
    void sendText(const QString &text);
    void sendBinary(const QByteArray &data);

private:
    void updateState();
    void onHeldTextChanged(qsizetype bytes);
    void checkJson();
    void chooseFile();
    void browseHistory(int step);

    std::unique_ptr<Ui::SendBox> ui;
    bool m_open = false;
    Variables *m_variables = nullptr;
    SendHistory *m_history = nullptr;
    JsonHighlighter *m_highlighter = nullptr;
    QLabel *m_jsonStatus;
    QToolButton *m_pretty;
    QToolButton *m_minify;
    QToolButton *m_file;
    QString m_filePath;
    QTimer m_jsonTimer;
};
