#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fonts/FontId.h"
#include "layout/colour/Colour.h"
#include "layout/model/Block.h"
#include "layout/model/PageGrid.h"
#include "layout/model/TextPlace.h"
#include "layout/text/TypesetParagraph.h"

namespace banmian::layout {

/// Which of the stories' texts a run of glyphs shows: what selections and proof marks find on the
/// page. Text that is no story's (masthead, folio, credit lines, captions) has no story.
struct TextSource {
    std::string story;  ///< the story's id; empty for text that is no story's
    StoryField field = StoryField::Body;
    std::size_t paragraph = 0;

    bool operator==(const TextSource&) const = default;
};

/// Glyphs of one face and size at their places on the page: what screen, printer and PDF draw.
struct PageRun {
    fonts::FontId font;
    LayoutUnit size = 0;
    std::vector<std::uint32_t> glyphs;
    std::vector<LayoutUnit> x, y;  ///< glyph origins on the page (y: the baseline, downwards)
    /// Per glyph, the text it shows: its cluster's characters on the cluster's first glyph, ""
    /// on the others — what search and copy in a PDF give back (ToUnicode).
    std::vector<std::string> text;
    int block = -1;  ///< the block it belongs to
    TextSource source;
    /// Per glyph: its cluster's bytes in the source's text, and the width it takes on the line
    /// (to the next glyph, or to the line's end), for hit testing and marks.
    std::vector<std::uint32_t> textBegin, textEnd;
    std::vector<LayoutUnit> advance;
    Colour colour = {};  ///< the ink its glyphs are printed in
    /// How its glyphs stand. In a vertical line (竖排) `x`, `y` are still where each glyph is
    /// drawn from (turned clockwise about that point when Sideways); `advance` runs down the
    /// line from `cell`, the top of the glyph's character box, and `axis` is the line's centre.
    GlyphOrientation orientation = GlyphOrientation::Horizontal;
    std::vector<LayoutUnit> cell;
    LayoutUnit axis = 0;
};

/// A straight rule: between stories, under the masthead, a column rule (分栏线), a border's line.
struct PageRule {
    LayoutUnit x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    LayoutUnit width = 0;
    Colour colour = {};
    /// Dashes `dashOn` long and `dashGap` apart; with `dots`, round dots of the rule's width
    /// `dashGap` apart centre to centre. No gap: a solid rule.
    LayoutUnit dashOn = 0, dashGap = 0;
    bool dots = false;
};

/// A box: a sidebar's frame, a tint (底纹), a colour band under reversed text (反白).
struct PageBox {
    Rect rect;
    LayoutUnit stroke = 0;  ///< the frame's width; 0: none
    Colour strokeColour = {};
    std::optional<Colour> fill = {};  ///< the tint or band; none: the box is not filled
};

/// A point on the page.
struct PagePoint {
    LayoutUnit x = 0, y = 0;
};

/// A small filled figure: the repeated ornament of a decorative border (花边).
struct PageShape {
    std::vector<PagePoint> points;  ///< a closed polygon on the page
    Colour colour = {};
};

/// A photo's place; with no image, a placeholder is drawn.
struct PageImage {
    Rect rect;
    std::string path;
    Rect caption;    ///< where its caption is set (no height when it has none)
    int block = -1;  ///< the block it belongs to, and which of the block's photos it is
    int photo = -1;
    PhotoCrop crop{};  ///< how the picture is cropped in `rect` (placePhoto())
};

/// Where a piece of a story's head or a caption is set: what a double-click on the page edits.
struct TextFrame {
    enum class Part { Kicker, Headline, Subtitle, Byline, Caption };
    Part part = Part::Headline;
    int block = -1;
    int index = 0;  ///< which credit line, or which photo's caption
    Rect rect;
};

/// How a block's text fits it (copyfit): what did not fit (超) and what is left empty (缺).
struct Copyfit {
    int block = -1;
    /// Grid lines the head (kicker, headline, subtitle, credits) takes at the block's top.
    int headLines = 0;
    int oversetLines = 0;
    std::size_t oversetCharacters = 0;
    int undersetLines = 0;
    std::vector<Rect> textFrames;  ///< the body's column frames on the page
    /// A part of a story continued on another page (转版): the page, and the characters set on
    /// there instead of overset; 0 for a block that is not continued.
    int continuedOn = 0;
    std::size_t continuedCharacters = 0;
    /// Where a continued part's text stops: the place of the first character it did not set
    /// (the story's end when it set all), where the next part begins. None when not continued.
    std::optional<TextPlace> continueAt;
};

/// A page composed: every glyph, rule, box and image at its place, and each block's copyfit.
struct PageLayout {
    PageGrid grid;
    std::vector<PageRun> runs;
    std::vector<PageRule> rules;
    std::vector<PageBox> boxes;
    std::vector<PageShape> shapes;
    std::vector<PageImage> images;
    std::vector<Copyfit> copyfit;
    std::vector<TextFrame> textFrames;
    /// What the text engine and the flow could not do, each with its place (block, story,
    /// text, paragraph, offset): a character no face has, a block's overset, a line too wide.
    std::vector<Diagnostic> diagnostics;
};

/// Puts a typeset line of `text` on the page: its glyph runs at `x` (the line's column) and
/// `baseline`, each glyph carrying the text it shows, appended to `runs`. Every renderer's input
/// is made of these.
void appendLine(const TypesetLine& line, std::string_view text, LayoutUnit x, LayoutUnit baseline,
                int block, std::vector<PageRun>& runs, const TextSource& source = {});

/// Puts a vertical line (竖排) of `text` on the page: from `top` down, centred on `axis`.
void appendVerticalLine(const TypesetLine& line, std::string_view text, LayoutUnit top,
                        LayoutUnit axis, int block, std::vector<PageRun>& runs,
                        const TextSource& source = {});

}  // namespace banmian::layout
