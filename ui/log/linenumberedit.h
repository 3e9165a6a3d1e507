#pragma once

#include <QPlainTextEdit>

/// A read-only text view with line numbers in a margin, as in Qt's code editor example.
class LineNumberEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit LineNumberEdit(QWidget *parent = nullptr);
    int marginWidth() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void paintMargin(QPaintEvent *event);
    void updateMargin(const QRect &rect, int dy);

    QWidget *m_margin;
    friend class LineNumberMargin;
};
