#include "layout/proof/MarkMerge.h"

#include <map>
#include <string>

#include "layout/base/Id.h"
#include "layout/model/MarkText.h"

namespace banmian::layout {
namespace {

// When a mark was last decided on, else made: ISO 8601 times compare as text.
const std::string& lastChange(const ProofMark& mark) {
    return mark.reviewed.empty() ? mark.created : mark.reviewed;
}

// Whether two marks of one id are one mark, made once and copied.
bool oneMark(const ProofMark& a, const ProofMark& b) {
    return a.author == b.author && a.created == b.created && a.kind == b.kind;
}

// Whether a mark changes the text or its face: what two proofreaders can ask differently of the
// same characters. A question or a comment asks nothing that excludes another.
bool asksChange(const ProofMark& m) {
    switch (m.kind) {
        case MarkKind::Delete:
        case MarkKind::Insert:
        case MarkKind::Replace:
        case MarkKind::Transpose:
        case MarkKind::Style:
            return true;
        case MarkKind::Hint:
            return !m.correction.empty();
        case MarkKind::Query:
        case MarkKind::Comment:
            break;
    }
    return false;
}

}  // namespace

bool marksConflict(const ProofMark& a, const ProofMark& b) {
    if (!a.open() || !b.open() || !asksChange(a) || !asksChange(b)) return false;
    const TextRange& x = a.range;
    const TextRange& y = b.range;
    if (x.begin.story != y.begin.story || x.begin.story.empty()) return false;
    // Overlapping characters; two carets (insertions) conflict where they are one place.
    const bool overlap = x.empty() || y.empty() ? x.begin == y.begin && x.end == y.end
                                                : x.begin < y.end && y.begin < x.end;
    if (!overlap) return false;
    const bool alike = a.kind == b.kind && a.correction == b.correction && a.pivot == b.pivot &&
                       a.range == b.range;
    return !alike;
}

MarksMerged mergeMarks(Document& document, const Document& other) {
    MarksMerged merged;
    // Conflicts are between this copy's marks and the other's: two of this copy's marks on the
    // same characters were made side by side, and are this copy's business.
    const std::size_t ours = document.marks.size();
    std::map<std::string, std::size_t> markById;
    for (std::size_t i = 0; i < document.marks.size(); ++i)
        markById.emplace(document.marks[i].id, i);

    for (const ProofMark& theirs : other.marks) {
        ProofMark mark = theirs;
        // On this document's story of the same id: its places are the other copy's, checked here.
        reanchor(document.stories, mark);

        if (const auto same = markById.find(mark.id); same != markById.end()) {
            ProofMark& ours = document.marks[same->second];
            if (oneMark(ours, mark)) {
                if (lastChange(mark) > lastChange(ours)) {
                    ours = std::move(mark);
                    ++merged.updated;
                    merged.orphaned += ours.orphaned;
                } else {
                    ++merged.kept;
                }
                continue;
            }
            mark.id = newId();
        }
        markById.emplace(mark.id, document.marks.size());
        ++merged.added;
        merged.orphaned += mark.orphaned;
        document.marks.push_back(std::move(mark));
        ProofMark& added = document.marks.back();
        for (std::size_t i = 0; i < ours; ++i) {
            ProofMark& here = document.marks[i];
            if (!marksConflict(here, added)) continue;
            merged.conflicts.emplace_back(here.id, added.id);
            if (here.conflictsWith.empty()) here.conflictsWith = added.id;
            if (added.conflictsWith.empty()) added.conflictsWith = here.id;
        }
    }
    return merged;
}

}  // namespace banmian::layout
