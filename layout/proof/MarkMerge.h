#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "layout/document/Document.h"

namespace banmian::layout {

/// What bringing another copy's marks into a document did.
struct MarksMerged {
    std::size_t added = 0;     ///< marks this document did not have
    std::size_t updated = 0;   ///< marks it had, reviewed (or made) later in the other copy
    std::size_t kept = 0;      ///< marks it had, as recent here
    std::size_t orphaned = 0;  ///< of those added or updated: text or story not in this document
    /// Marks brought in that ask something else of characters an open mark here covers (改为 A
    /// here, 改为 B there): this document's mark's id, then the other's. Both are kept, open, each
    /// naming the other (ProofMark::conflictsWith), for the editor to accept one, reject the other.
    std::vector<std::pair<std::string, std::string>> conflicts;
};

/// Whether two open marks ask different things of the same characters (their ranges overlap, or
/// meet at one caret for insertions): both change text (删 增 改 对调 改字体) and not alike.
bool marksConflict(const ProofMark& a, const ProofMark& b);

/// Brings the proof marks of `other`, another copy of the same page, into `document`. A mark of
/// the same id is the same mark: the one reviewed, else made, later is kept (this document's on a
/// tie). A mark of another id is added, on the story of the same id here and checked against it
/// (reanchor(): its text found again where this copy's text moved it, else orphaned); a mark whose
/// story is not in this document is added orphaned, never dropped. Two marks of one id that are
/// not one mark (other authors or times: copies that numbered their marks "m1"… each on its own,
/// before ids were random) are both kept, the other's under a new id. Only the marks change: no
/// correction is applied, no story or block touched. A mark added that conflicts with an open mark
/// of this document (marksConflict()) is listed in `conflicts` and flagged on both.
MarksMerged mergeMarks(Document& document, const Document& other);

}  // namespace banmian::layout
