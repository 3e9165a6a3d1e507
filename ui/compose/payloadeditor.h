#pragma once

#include <QPlainTextEdit>

/// The send box's editor. Ctrl+Enter submits. A paste larger than LargePasteBytes is held
/// aside instead of being laid out as text, which would freeze the window for seconds.
class PayloadEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit PayloadEditor(QWidget *parent = nullptr);

    static constexpr qsizetype LargePasteBytes = 1024 * 1024;

    bool hasHeldText() const { return !m_held.isNull(); }
    QString heldText() const { return m_held; }
    void discardHeldText();
    /// The held paste if there is one, otherwise what the editor shows.
    QString payloadText() const;

signals:
    void submitRequested();
    /// Up on the first line (-1) or Down on the last (+1): the composer walks its history.
    void historyRequested(int step);
    void heldTextChanged(qsizetype utf8Bytes);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    QString m_held;
};
