#include "log/followstate.h"

#include <algorithm>

bool FollowState::rowsArrived(qint64 count)
{
    if (m_following)
        return true;
    m_unseen += count;
    return false;
}

void FollowState::rowsDropped(qint64 remaining)
{
    m_unseen = std::min(m_unseen, std::max<qint64>(0, remaining));
}

void FollowState::rowsReset()
{
    m_unseen = 0;
    if (!m_frozen)
        m_following = true;
}

bool FollowState::scrolled(bool atBottom)
{
    if (m_frozen || atBottom == m_following)
        return false;
    if (atBottom)
        m_unseen = 0;
    m_following = atBottom;
    return true;
}

void FollowState::leave()
{
    if (!m_frozen)
        m_following = false;
}

void FollowState::follow()
{
    if (m_frozen)
        return;
    m_unseen = 0;
    m_following = true;
}

bool FollowState::setFrozen(bool frozen)
{
    if (frozen == m_frozen)
        return false;
    m_frozen = frozen;
    if (frozen)
        m_following = false;
    return true;
}
