#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "fonts/FontRegistry.h"
#include "fonts/FontRole.h"
#include "layout/base/Result.h"
#include "layout/base/Units.h"
#include "layout/colour/Colour.h"
#include "layout/text/Typesetter.h"

namespace banmian::layout {

/// One element's type specification as a newspaper's style sheet gives it (body, 主题, byline …):
/// named by font role and size, as the desk speaks, not by font file.
struct TextStyle {
    /// The style's name in its sheet: "body", "headline", "sidebar.body" …
    std::string name;
    fonts::FontRole role = fonts::FontRole::BookSong;
    /// A weight (1–1000) in place of the role's own; 0 keeps the role's.
    int weight = 0;
    LayoutUnit size = fromPoints(9);
    /// Baseline to baseline at `size`; a fitted headline keeps the ratio (see leadingAt).
    LayoutUnit leading = fromPoints(12.5);
    /// Letter spacing in 1/1000 em, negative to set tighter.
    int trackingThousandths = 0;
    Alignment alignment = Alignment::Justify;
    /// First-line indent in characters.
    int indentEms = 0;
    /// A quarter em between Han and Latin letters or digits (clreq §3.2.4).
    bool hanLatinSpace = true;
    /// For headlines fitted to their block: the smallest size the fit may choose; 0 when the
    /// style is not fitted.
    LayoutUnit minSize = 0;
    /// For headlines fitted to their block: the largest size; 0 when the style is not fitted.
    LayoutUnit maxSize = 0;
    /// The ink it is printed in: a swatch of the sheet at a tint; no swatch: black.
    Ink ink = {};

    bool operator==(const TextStyle&) const = default;
};

/// True when a layout may choose the style's size between minSize and maxSize.
inline bool isFitted(const TextStyle& style) {
    return style.minSize > 0 && style.maxSize > 0;
}

/// The leading at `size` for a style set at another size than its own (a fitted headline): the
/// style's ratio of leading to size kept, so the lines never overlap.
LayoutUnit leadingAt(const TextStyle& style, LayoutUnit size);

/// The style sheet's word for an alignment: "justify", "left", "center", "right".
std::string_view alignmentName(Alignment alignment);

/// The alignment named by alignmentName; nullopt for anything else.
std::optional<Alignment> parseAlignment(std::string_view name);

/// The 号 whose size this is exactly ("小五" for 9 pt); nullopt for sizes between them.
std::optional<std::string_view> haoName(LayoutUnit size);

/// Points in the shortest decimal that reads back to the same unit: "9", "12.5", "7.875".
std::string pointsText(LayoutUnit length);

/// A size labelled as newsroom staff read it, for UIs: "小五 (9 pt)" where a 号 matches
/// exactly, "9.5 pt" otherwise.
std::string sizeName(LayoutUnit size);

/// The engine's paragraph style for `style`, its role resolved to a face in `registry`; the
/// registry's message (what to install) when the face is missing. Tracking and non-justified
/// alignment are left to the caller: the typesetter sets justified or ragged lines from the left.
Result<ParagraphStyle> paragraphStyle(const TextStyle& style, fonts::FontRegistry& registry);

}  // namespace banmian::layout
