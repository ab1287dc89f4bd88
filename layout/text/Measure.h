#pragma once

#include <span>
#include <string_view>

#include "layout/base/Language.h"
#include "layout/text/Cluster.h"
#include "layout/text/Hyphenator.h"

namespace banmian::layout {

/// A glyph cluster as shaping leaves it: its text, its glyphs and its advance at the body size.
struct ClusterInput {
    std::size_t textBegin = 0, textEnd = 0;
    std::uint32_t glyphBegin = 0, glyphEnd = 0;
    LayoutUnit advance = 0;
    /// Set as one em square whatever its characters (digits across a vertical line, 纵中横): to
    /// the rules, an ideograph.
    bool solid = false;
};

/// Rules of the measure stage that a style may change.
struct MeasureStyle {
    /// The body size.
    LayoutUnit em = 0;
    /// A ¼-em gap between Han and Latin letters or digits (clreq §3.2.4).
    bool hanLatinSpace = true;
    /// Where Latin words may break; without it they do not.
    const Hyphenator* hyphenator = nullptr;
    /// The text's written form: where its 。， sit (GB low-left, TW/HK centred) and so which of
    /// their blanks may be squeezed.
    Language language = Language::Hans;
};

/// Measures a paragraph for composition: classes each cluster (clreq), finds the blank halves of
/// full-width marks (GB style: 。，、；：！？ and closing marks blank on the right, opening marks
/// on the left; zh-Hant: 。，、；：！？ centred, a quarter each side), trims the blank between two
/// marks that meet (clreq §3.1.6.2: 2 em → 1.5 em; not beside a centred mark),
/// puts the Han–Latin gaps in, and marks where a line may end (`breaks`: byte offsets after which
/// a line may end, as BreakFinder gives them) and where push-out may not add space.
MeasuredParagraph measureParagraph(std::string_view text, std::span<const ClusterInput> clusters,
                                   std::span<const std::size_t> breaks, const MeasureStyle& style);

}  // namespace banmian::layout
