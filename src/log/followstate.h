#pragma once

#include <QtGlobal>

/// Whether a log view follows its newest row or is frozen, and how many rows arrived that the
/// user has not scrolled to: the rules behind the log's Follow and Freeze buttons, kept out of
/// the widget, which only scrolls and shows the counts.
///
/// Following, arriving rows are scrolled to. Scrolled up (or sent to a row) the view stays and
/// counts them; back at the bottom it follows again. Frozen, it stays wherever it is scrolled
/// and counts until unfrozen. Unseen rows are the newest: a row limit drops them last.
class FollowState
{
public:
    bool isFollowing() const { return m_following; }
    bool isFrozen() const { return m_frozen; }
    qint64 unseen() const { return m_unseen; }

    /// `count` rows arrived after the last; true when the view is to scroll to them.
    bool rowsArrived(qint64 count);
    /// Rows left the front (the row limit): `remaining` are still there to scroll to.
    void rowsDropped(qint64 remaining);
    /// The rows were replaced at once (cleared, filtered anew): nothing is unseen.
    void rowsReset();
    /// The user scrolled, to the bottom or not; true when the state changed.
    bool scrolled(bool atBottom);
    /// The view was taken to a row of the user's choice (a match, a row of a report).
    void leave();
    /// Following again from the newest row; not when frozen (unfreeze first).
    void follow();
    /// True when the state changed. Unfrozen, the view is to follow() again.
    bool setFrozen(bool frozen);

private:
    bool m_following = true;
    bool m_frozen = false;
    qint64 m_unseen = 0;
};
