#pragma once

#include <optional>

#include "layout/base/Result.h"
#include "layout/style/StyleSheet.h"
#include "layout/text/Typesetter.h"

namespace banmian::layout {

/// A fitted headline's range of sizes: the largest that sets the headline on one line (or, if
/// none does, on two) is taken.
struct SizeRange {
    LayoutUnit min = 0, max = 0;
};

/// The paragraph styles the flow sets a page's elements in, resolved to faces.
struct FlowStyles {
    ParagraphStyle body, kicker, headline, leadHeadline, subtitle, byline, caption;
    ParagraphStyle sidebarHeadline, sidebarBody, mastheadTitle, mastheadInfo, folio;
    SizeRange headlineSizes, leadHeadlineSizes;
    /// The jump lines of a story continued across pages (（下转第3版）); none: the body's style.
    std::optional<ParagraphStyle> jump;
    /// The sheet's swatches: the inks a block's frame, tint, headline and bands name.
    std::vector<Swatch> swatches;

    Colour colour(const Ink& ink) const { return colourOf(swatches, ink); }
};

/// `style` for text in `language`: its face swapped for the same family's face made for the
/// language's glyph forms (Noto Serif CJK SC → TC for zh-Hant-TW, HK for zh-Hant-HK; LXGW WenKai,
/// which has no such faces, stays), its Latin face kept, the language set.
ParagraphStyle localized(ParagraphStyle style, Language language, fonts::FontRegistry& registry);

/// Every style of `styles` localized() for `language`: what a story in that language is set in.
FlowStyles localized(const FlowStyles& styles, Language language, fonts::FontRegistry& registry);

/// The flow's styles from a style sheet, each role resolved to an installed face; the message of
/// the first font that is missing.
Result<FlowStyles> flowStyles(const StyleSheet& sheet, fonts::FontRegistry& registry);

}  // namespace banmian::layout
