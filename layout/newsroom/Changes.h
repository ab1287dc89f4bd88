#pragma once

#include <optional>
#include <string>

#include "layout/base/Result.h"
#include "layout/newsroom/PgConnection.h"

namespace banmian::layout {

/// One change to an edition, as every open window hears of it: what happened (page-saved,
/// story-edited, mark-added, page-held …), to which page, story or mark, by whom. Every change is
/// a row of banmian.changes (the history: who did what when) and a notification on the edition's
/// channel, sent when the transaction that made it commits — never for one rolled back.
struct Change {
    long long id = 0;  ///< its row's, growing: a window that missed some reads them by id
    std::string what;
    int page = 0;  ///< 0: no page (a story of the day's stock)
    std::string story, mark;
    std::string who;
    std::string detail = {};  ///< what it was before, where that is worth keeping (not notified)

    bool operator==(const Change&) const = default;
};

/// The channel an edition's changes are notified on.
std::string editionChannel(long long edition);

/// Writes `change` (its id is given by the row) and notifies it; within the caller's transaction.
Result<long long> recordChange(PgConnection& connection, long long edition, Change change);

/// A notification's payload read back; none when it is not one of ours.
std::optional<Change> changeFromPayload(const std::string& payload);

}  // namespace banmian::layout
