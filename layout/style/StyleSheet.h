// A page's style sheet, read from JSON. resources/styles/default-styles.json is the built-in one.
// StyleSheetJson.h writes it; only the files that write JSON include that (and nlohmann/json),
// not the rest of the engine, which sees this header.
//
// Schema (version 1):
//
//   { "version": 1,
//     "swatches": {
//       "报头红":   { "spot": "PANTONE 485 C", "cmyk": [0, 95, 100, 0] },
//       "浅蓝":     { "cmyk": [20, 0, 0, 0] } },
//     "styles": {
//       "body":     { "font": "书宋", "size": "小五", "leading": "12.5pt", "tracking": 0,
//                     "align": "justify", "indent": 2, "hanLatinSpace": true },
//       "headline": { "font": "粗宋", "size": "一号", "minSize": "二号", "maxSize": "初号",
//                     "leading": "33pt", "align": "center" },
//       … } }
//
//   version        required; a sheet newer than this Banmian reads is refused, not half-read
//   swatches       optional: the inks the page's parts may take, keyed by name, beside the two
//                  every sheet has, 黑 (process black) and 白 (no ink: the paper, for reversed
//                  text); "cmyk" (required) is four per cents, the process mix or a spot ink's
//                  look-alike; "spot" names a spot ink's plate (专色), printed on a plate of its own
//   styles         required, keyed by style name (dotted for parts: "sidebar.body"); must have
//                  "body", the style every missing one falls back to
//   font           required: a role, 书宋 宋体 粗宋 黑体 楷体 (or booksong song boldsong hei kai)
//   size           required: a 号 name (小五, 一号 …), a length ("9pt", "3.2mm") or a number of pt
//   weight         1–1000 in place of the role's own weight; absent or 0: the role's
//   leading        baseline to baseline at `size`: a length ("12.5pt", "1.4em" of the size) or a
//                  number of pt, not smaller than the size; absent: 1.4 × size
//   tracking       letter spacing in 1/1000 em, -500 to 1000; absent: 0
//   align          justify, left, center or right; absent: justify
//   indent         first-line indent in characters, 0 to 10; absent: 0
//   hanLatinSpace  ¼ em between Han and Latin letters or digits; absent: true
//   colour         a swatch's name; absent: 黑
//   tint           per cent of the swatch, 1 to 100; absent: 100
//   minSize,       a headline fitted to its block may take any size between them (sizes as
//   maxSize        above, minSize ≤ size ≤ maxSize); one alone: the other is `size`; absent: not
//                  fitted
//
// Any other field is refused, so a misspelt one ("leadng") does not pass unnoticed.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "layout/base/Result.h"
#include "layout/colour/Colour.h"
#include "layout/style/Style.h"

namespace banmian::layout {

/// The newest style sheet version this Banmian reads and the one it writes.
inline constexpr int kStyleSheetVersion = 1;

/// The named text styles of a page (body, headline levels, byline, caption …), in the order of
/// their file. It always has a "body" style.
class StyleSheet {
public:
    /// The sheet `json` describes (schema above), or a message naming the style and field at fault.
    static Result<StyleSheet> fromJson(std::string_view json);
    /// The built-in house style of a broadsheet front page, parsed once from the embedded
    /// resources/styles/default-styles.json.
    static const StyleSheet& defaults();

    /// The style named `name`; nullptr when the sheet has none.
    const TextStyle* find(std::string_view name) const;
    /// The style named `name`, or "body" when the sheet has none, so that text whose style was
    /// removed from a sheet is still set rather than lost.
    const TextStyle& get(std::string_view name) const;
    /// Every style's name, in the order of the file.
    std::vector<std::string> names() const;
    /// Every style, in the order of the file.
    const std::vector<TextStyle>& styles() const { return m_styles; }

    /// The swatches: 黑 and 白, then the file's, in its order.
    const std::vector<Swatch>& swatches() const { return m_swatches; }
    /// The swatch named `name`; nullptr when the sheet has none.
    const Swatch* swatch(std::string_view name) const;
    /// The colour `ink` names; black when it names no swatch (none, or one taken out of the
    /// sheet since).
    Colour colour(const Ink& ink) const;
    /// The sheet with `swatch` added, or put in place of the one of its name (not 黑 or 白).
    StyleSheet withSwatch(const Swatch& swatch) const;
    /// The sheet with `style` in place of the one of its name, or added after the others.
    StyleSheet withStyle(const TextStyle& style) const;

    bool operator==(const StyleSheet&) const = default;

private:
    StyleSheet(std::vector<TextStyle> styles, std::vector<Swatch> swatches);

    std::vector<TextStyle> m_styles;
    std::vector<Swatch> m_swatches;
};

}  // namespace banmian::layout
