#pragma once

#include <optional>
#include <vector>

#include "layout/model/TextPlace.h"
#include "layout/output/PageLayout.h"

namespace banmian::layout {

/// Where the stories' text is on a composed page: what a selection, a proof mark on screen and a
/// proof PDF's annotation are drawn from. Text that is not set (overset, or a story off the page)
/// has no place on it.

/// The rectangles of the characters of `range`, one per line piece, in reading order; each is the
/// characters' em boxes, as tall as the type.
std::vector<Rect> rangeRects(const PageLayout& page, const TextRange& range);

/// A caret at `place`: a rectangle of no width, the height of the type beside it.
std::optional<Rect> caretRect(const PageLayout& page, const TextPlace& place);

/// Where text is printed on the page, story text or not (headlines, captions, the masthead, the
/// folio): a box per run of glyphs, around their em boxes. What a proof's leaders keep off.
std::vector<Rect> textBoxes(const PageLayout& page);

/// The place between characters of story text nearest to the point (x, y) of the page: before a
/// character when the point is on its first half, after it on its second. None when no story text
/// is within `reach` of it.
std::optional<TextPlace> placeAt(const PageLayout& page, LayoutUnit x, LayoutUnit y,
                                 LayoutUnit reach);

/// The story text under `areas` (a proofreader's strike-out or highlight, one rectangle a line
/// piece): from the first to the last character whose em box's centre lies in one of them, in
/// the story that has most such characters. None when no character's centre is under them.
std::optional<TextRange> rangeUnder(const PageLayout& page, const std::vector<Rect>& areas);

}  // namespace banmian::layout
