#pragma once

#include <QFrame>

/// Text that never decides the width of what holds it: it is laid out over at most
/// maximumLines lines (wrapping at words, or anywhere in a long URL) and cut with "…" when it
/// does not fit, the whole text then in the tooltip. With reserved lines its height stays the
/// same whether it shows text or not, so showing a message does not move what is below it.
class ElidedLabel : public QFrame
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    void clear() { setText(QString()); }

    int maximumLines() const { return m_maxLines; }
    void setMaximumLines(int lines);
    /// Keep the height of maximumLines even while empty (a message strip), or follow the text.
    void setReserveSpace(bool reserve);

    /// The text did not fit and is shown cut.
    bool isElided() const { return m_elided; }
    /// The lines as drawn at the current width (for tests and accessibility).
    QStringList visibleLines() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void relayout();
    int linesShown() const;

    QString m_text;
    QString m_baseToolTip;
    QStringList m_lines;
    int m_maxLines = 1;
    bool m_reserve = false;
    bool m_elided = false;
    bool m_tipIsText = false; ///< the tooltip shows m_text; m_baseToolTip is the label's own
};
