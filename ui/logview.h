#pragma once

#include <QWidget>

#include <memory>

class MessageLog;
class QTableView;

namespace Ui {
class LogView;
}

/// The live event log: a fixed-row-height table that follows new events until the user
/// scrolls up, then waits with a "Resume" button that counts what arrived meanwhile.
class LogView : public QWidget
{
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    void setLog(MessageLog *log);
    QTableView *table() const;
    bool isFollowing() const { return m_following; }
    /// Jumps to the newest event and follows again.
    void follow();
    /// A recording: no Clear button.
    void setReadOnly(bool readOnly);

signals:
    void clearRequested();

private:
    void onRowsFlushed(int first, int last);
    void onScrolled(int value);
    void setFollowing(bool following);
    void updateLabels();

    std::unique_ptr<Ui::LogView> ui;
    MessageLog *m_log = nullptr;
    bool m_following = true;
    bool m_autoScrolling = false;
    qint64 m_unseen = 0;
};
