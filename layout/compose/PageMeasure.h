#pragma once

#include <string>
#include <vector>

#include "layout/model/Block.h"
#include "layout/model/DayPhoto.h"
#include "layout/model/PrintSettings.h"
#include "layout/model/Story.h"
#include "layout/output/PageLayout.h"

namespace banmian::layout {

/// Two blocks named by id: the heads that collide, say.
struct BlockPair {
    std::string first, second;
    bool operator==(const BlockPair&) const = default;
};

/// A composed page as a front-page designer judges it at a glance: what is empty, what clashes,
/// what is out of proportion. What the auto-composer scores its layouts by, what `banmian info`
/// reports as `"quality"` and what the window's status line shows — one measure for all three.
struct PageMeasure {
    /// Grid cells (a basic column by a grid line) of the type area holding nothing: covered by
    /// no block, or a story block's body lines left empty under its text. The one blank line that
    /// parts two stacked blocks (it holds their rule) is not empty space.
    int unusedCells = 0;
    double unusedShare = 0;  ///< of the type area's cells
    /// The same, column by column: how many empty grid lines each basic column has.
    std::vector<int> unusedLinesByColumn;
    /// The tallest hole: the most empty grid lines one after another down a column (a story's
    /// last line a line short of its foot makes a hole of one; an empty column foot, more).
    int largestHoleLines = 0;
    /// Heads side by side across a column edge (撞题): two blocks next to each other whose heads
    /// stand within kHeadClearanceLines grid lines of each other, read by the eye as one line.
    std::vector<BlockPair> headCollisions;
    /// Blocks whose headline, kicker or subtitle breaks a line inside a word (走访 / 活动).
    std::vector<std::string> headlinesBrokenInsideWord;
    /// The same title printed twice on the page (a story's kicker and its sidebar's title).
    std::vector<std::string> repeatedTitles;
    /// The lead's headline size and the largest other headline's, in page units; their ratio
    /// (0 when the page has no lead or no other headline).
    LayoutUnit leadHeadlineSize = 0, nextHeadlineSize = 0;
    double leadHeadlineRatio = 0;
    /// Story blocks wider than the lead's, by id: the lead leads by its width as by its headline.
    std::vector<std::string> widerThanLead;
    /// The story block least deep for its width: its depth over its width, and its id.
    double smallestBlockProportion = 0;
    std::string smallestBlock;
    /// Photos printing under the plant's minimum resolution (PrintSettings::minPhotoPpi), by id.
    std::vector<std::string> photosUnderResolution;
    int emptyPhotoFrames = 0;  ///< frames with no photo in them yet (placeholders)
    int oversetLines = 0;      ///< text that did not fit its block (超), in lines
    int unplacedStories = 0;   ///< stories of the document on no block of the page
    int unplacedPhotos = 0;    ///< the day's photos in no frame of the page
};

/// Whether two titles say the same to a reader: the same characters, spaces and punctuation
/// aside ("国际禁毒日" and "国际禁毒日 ").
bool sameTitle(std::string_view a, std::string_view b);

/// Grid lines within which two heads side by side read as one (撞题).
inline constexpr int kHeadClearanceLines = 3;

/// Measures the composed page `layout` of `page`, whose stories are `stories`; photos are judged
/// by `print`'s thresholds, their pixel sizes taken from `known` (the day's photos) where it has
/// them, else read from their files.
PageMeasure measurePage(const Page& page, const PageLayout& layout,
                        const std::vector<Story>& stories, const PrintSettings& print,
                        const std::vector<DayPhoto>& known = {});

}  // namespace banmian::layout
