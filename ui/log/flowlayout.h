#pragma once

#include <QLayout>
#include <QList>

/// Lays its items out left to right in lines that wrap where the width ends, each line flush
/// right (Qt's Flow Layout example, aligned right). A row of buttons whose texts grow with
/// counts and translations takes a second line in a narrow window instead of making the
/// window wider: its minimum width is its widest item's.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /// Lays the items out in RECT (or only measures, when apply is false); the height used.
    int doLayout(const QRect &rect, bool apply) const;
    int gap(Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
};
