#pragma once

#include <string>
#include <vector>

#include "layout/model/Story.h"
#include "layout/text/Typesetter.h"

namespace banmian::layout {

/// One paragraph of a galley, typeset, with the text it was set from.
struct GalleyParagraph {
    std::size_t story = 0;
    std::string text;
    TypesetParagraph typeset;
};

/// A galley (长条): every paragraph of every story, sidebars included, in import order, set in
/// one column — the proof a desk reads before the page exists, and the engine's test bench.
struct Galley {
    std::vector<GalleyParagraph> paragraphs;
    LayoutUnit width = 0;
};

/// Sets the body of `stories` in one column of `width`.
Galley typesetGalley(const std::vector<Story>& stories, Typesetter& typesetter,
                     const ParagraphStyle& style, LayoutUnit width);

}  // namespace banmian::layout
