#pragma once

#include <memory>

#include <QTimer>
#include <QVariantMap>
#include <QWidget>

#include "compose/outgoingmessage.h"
#include "compose/rawframerecipe.h"

namespace Ui {
class SendBox;
}
class MessageHighlighter;
class PayloadEditor;
class QLabel;
class RawFramePanel;
class QScrollArea;
class QToolButton;
class SendHistory;
class Variables;

/// The composer. Text, JSON (checked as typed with `{{variables}}` standing for values,
/// pretty-printed or minified on request, coloured), binary typed as hex or base64 (checked as
/// typed), or a file of any size. Variables are marked, unknown ones in red. Up and Down on
/// the first or last line walk the connection's send history, each entry in its own mode. It
/// only asks: what it holds is an OutgoingMessage, and the workbench builds and sends it (or
/// says why not). In Raw frame mode (a testing feature) the same payload is written as the
/// frames a RawFramePanel describes.
class SendBox : public QWidget
{
    Q_OBJECT
public:
    using Mode = OutgoingMessage::Mode;

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
    /// Owned by the connection's workbench and must outlive the box; may be null.
    void setHistory(SendHistory *history) { m_history = history; }
    /// The connection's variables, to mark unknown names; must outlive the box; may be null.
    void setVariables(const Variables *variables);
    /// The variables' table changed: marks names again.
    void refreshVariables();
    /// The line beside the mode: "✓ valid JSON", "✓ 4 bytes" or where the body goes wrong.
    QString checkText() const;
    MessageHighlighter *highlighter() const { return m_highlighter; }

    /// What Send would ask to send now: the mode and the editor's text, or the file.
    OutgoingMessage message() const;
    /// What the editor holds (mode, text, file), for restoring a tab.
    QVariantMap state() const;
    void setState(const QVariantMap &state);
    /// Loads a message into the editor (a template, an on-open message).
    void setMessage(const OutgoingMessage &message);
    QString currentText() const;

    /// Raw frame mode: Send asks for rawFramesRequested with the panel's settings.
    bool isRawFrame() const;
    void setRawFrame(bool on);
    RawFramePanel *rawFramePanel() const { return m_raw; }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);

    /// Pretty-prints (indent 2) or minifies the editor's JSON; false with the error shown.
    bool reformatJson(bool pretty);
    /// Emits sendRequested; false (with the reason shown) when the connection is not open or
    /// whoever sends refused the message (showError during the signal).
    bool submit();

signals:
    void sendRequested(const OutgoingMessage &message);
    /// Raw frame mode's Send: the recipe's payload is message().
    void rawFramesRequested(const RawFrameRecipe &recipe);
    /// The mode, the text or the file changed.
    void messageChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Said when Send is pressed while closed; cleared once the connection opens.
    static QString notConnectedText();
    /// Shows m_hint in the hint label, cut with "…" to the label's width.
    void elideHint();
    void updateState();
    void onHeldTextChanged(qsizetype bytes);
    void checkBody();
    void load(const OutgoingMessage &message);
    void chooseFile();
    void browseHistory(int step);

    std::unique_ptr<Ui::SendBox> ui;
    bool m_open = false;
    SendHistory *m_history = nullptr;
    MessageHighlighter *m_highlighter;
    QLabel *m_checkStatus;
    QToolButton *m_pretty;
    QToolButton *m_minify;
    QToolButton *m_file;
    QToolButton *m_rawButton;
    RawFramePanel *m_raw;
    QScrollArea *m_rawScroll; ///< holds m_raw; shown while Raw Frame is on
    QString m_filePath;
    QString m_hint;
    QTimer m_checkTimer;
};
