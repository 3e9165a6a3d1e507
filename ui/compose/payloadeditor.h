#pragma once

#include <QPlainTextEdit>

/// The send box's editor. Ctrl+Enter submits. A paste larger than LargePasteBytes is held
/// aside instead of being laid out as text, which would freeze the window for seconds; the
/// editor then shows a read-only preview of it, which goes when the paste is discarded.
class PayloadEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit PayloadEditor(QWidget *parent = nullptr);

    static constexpr qsizetype LargePasteBytes = 1024 * 1024;

    bool hasHeldText() const { return !m_held.isNull(); }
    QString heldText() const { return m_held; }
    void discardHeldText();
    /// While a paste is held: shows text (its beginning) in place of what the editor held.
    void showPreview(const QString &text);
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
