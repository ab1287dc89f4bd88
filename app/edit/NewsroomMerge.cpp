#include "app/edit/NewsroomMerge.h"

#include <algorithm>

namespace banmian::app {

namespace {

// Each of theirs, unless only ours changed it since base; then ours that are new since base.
template <typename T>
std::vector<T> mergeById(const std::vector<T>& ours, const std::vector<T>& base,
                         const std::vector<T>& theirs) {
    auto find = [](const std::vector<T>& list, const std::string& id) -> const T* {
        const auto it = std::find_if(list.begin(), list.end(),
                                     [&](const T& item) { return item.id == id; });
        return it == list.end() ? nullptr : &*it;
    };
    std::vector<T> merged;
    for (const T& their : theirs) {
        const T* our = find(ours, their.id);
        const T* was = find(base, their.id);
        const bool onlyOursChanged = our && was && *was == their && !(*our == their);
        merged.push_back(onlyOursChanged ? *our : their);
    }
    for (const T& our : ours) {
        if (!find(theirs, our.id) && !find(base, our.id)) merged.push_back(our);
    }
    return merged;
}

// A block's jump lines and its continuation's start are derived from where the story's other parts
// stand (layout::openPage()), not chosen by the designer: a window that holds the layout takes
// them as worked out afresh, unless only this window changed them (a jump made here, not saved).
void takeDerivedJumps(std::vector<layout::Block>& ours, const std::vector<layout::Block>& base,
                      const std::vector<layout::Block>& theirs) {
    auto find = [](const std::vector<layout::Block>& blocks,
                   const std::string& id) -> const layout::Block* {
        const auto it = std::find_if(blocks.begin(), blocks.end(),
                                     [&](const layout::Block& b) { return b.id == id; });
        return it == blocks.end() ? nullptr : &*it;
    };
    for (layout::Block& our : ours) {
        const layout::Block* their = find(theirs, our.id);
        if (!their) continue;
        const layout::Block* was = find(base, our.id);
        if (!was || !(was->jump == their->jump)) our.jump = their->jump;
    }
}

}  // namespace

layout::Document mergeOthers(const layout::Document& ours, const layout::Document& base,
                             const layout::Document& theirs, bool everything) {
    if (everything) return theirs;
    layout::Document merged = ours;
    merged.stories = mergeById(ours.stories, base.stories, theirs.stories);
    merged.marks = mergeById(ours.marks, base.marks, theirs.marks);
    takeDerivedJumps(merged.page.blocks, base.page.blocks, theirs.page.blocks);
    // A record of rounds and sign-offs is written by one person at a time and only grows.
    if (!(theirs.rounds == base.rounds)) merged.rounds = theirs.rounds;
    if (!(theirs.signOffs == base.signOffs)) merged.signOffs = theirs.signOffs;
    if (!(theirs.manuscripts == base.manuscripts)) merged.manuscripts = theirs.manuscripts;
    return merged;
}

}  // namespace banmian::app
