#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;

/// Messages sent after every open and reconnect, in order: login, subscribe. Taken from the
/// composer, reordered, removed here.
class OnOpenPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OnOpenPanel(QWidget *parent = nullptr);

    QStringList messages() const;
    void setMessages(const QStringList &messages);
    void addMessage(const QString &message);

signals:
    void messagesChanged(const QStringList &messages);
    /// The "add" button: the page answers with the composer's text through addMessage().
    void addFromComposerRequested();

private:
    void move(int step);

    QListWidget *m_list;
};
