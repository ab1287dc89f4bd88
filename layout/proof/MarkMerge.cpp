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

}  // namespace

MarksMerged mergeMarks(Document& document, const Document& other) {
    MarksMerged merged;
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
    }
    return merged;
}

}  // namespace banmian::layout
