#pragma once
// A review-table exclusion (or inclusion) of one journal record, as the review page's edit log
// writes it (Journal::appendEdits). Header-only, for the journal and runner tests.

#include "journal/journaltypes.h"

#include <optional>

namespace ExclusionEdit {

inline Peere::JournalEdit of(qint64 row, bool exclude, std::optional<bool> invalidAfter = {})
{
    Peere::JournalEdit edit;
    edit.row = row;
    edit.field = -1;
    edit.before = exclude ? "0" : "1";
    edit.after = exclude ? "1" : "0";
    edit.invalidAfter = invalidAfter;
    return edit;
}

} // namespace ExclusionEdit
