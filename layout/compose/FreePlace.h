#pragma once

#include <optional>
#include <string>
#include <vector>

#include "layout/model/Block.h"
#include "layout/model/Story.h"

namespace banmian::layout {

/// Where a new block `columns` wide could stand on the page without covering another: the first
/// place (top to bottom, left to right) with room for `lines` grid lines, else the deepest one
/// with room for `minLines` at least (cut short by the block below or the foot of the type area);
/// nothing where not even that is free. What places a story or a continuation where the designer
/// did not point: it never overlaps, and where nothing is free the caller says so.
std::optional<GridRect> freePlace(const Page& page, int columns, int lines, int minLines);

/// Places the story of id `story` (one of `stories`) in a new block `columns` wide where the page
/// is free (freePlace(), as deep as its text needs by placementArea()'s cast-off, `minLines` at
/// the least), by placeStory(): the new block's index, or nothing where no place is free.
std::optional<std::size_t> placeStoryWhereFree(Page& page, const std::vector<Story>& stories,
                                               const std::string& story, int columns, int minLines);

}  // namespace banmian::layout
