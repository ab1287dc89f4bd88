#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "fonts/FontRegistry.h"
#include "layout/colour/Colour.h"
#include "layout/text/Breaks.h"
#include "layout/text/Hyphenator.h"
#include "layout/text/LineFit.h"
#include "layout/text/LineWidth.h"
#include "layout/text/Shape.h"
#include "layout/text/TypesetParagraph.h"

namespace banmian::layout {

/// How the lines of a paragraph sit in their column: justified (every line but the last flush at
/// both edges), or set as they fall and placed at the left, centre or right.
enum class Alignment { Justify, Left, Center, Right };

/// Where a paragraph's lines may break: anywhere the rules of Chinese composition allow (body
/// text, captions), or — for headlines, kickers, subtitles and titles — only between words, the
/// lines balanced and a break after a phrase preferred, as a newspaper designer breaks a head.
enum class LineBreaking { Anywhere, BetweenWordsBalanced };

/// How a paragraph is set: face, size, line pitch and the house rules.
struct ParagraphStyle {
    fonts::FontId font;
    /// A face for the Latin letters and digits; none: the face's own.
    std::optional<fonts::FontId> latinFont;
    /// The text's written form: its glyph forms, its marks' places, its compression.
    Language language = Language::Hans;
    /// Set in vertical lines (竖排), right to left; a line's width is then its length down the
    /// column and the leading the pitch from one line's centre to the next.
    bool vertical = false;
    LayoutUnit size = fromPoints(9);        ///< 小五, the newspaper body size
    LayoutUnit leading = fromPoints(12.5);  ///< baseline to baseline: the line grid's pitch
    int indentEms = 2;                      ///< first-line indent in characters
    bool hanLatinSpace = true;              ///< ¼ em between Han and Latin letters or digits
    CompositionStyle composition;
    Alignment alignment = Alignment::Justify;
    /// Letter spacing in 1/1000 em (negative sets tighter), added after every character.
    int trackingThousandths = 0;
    LineBreaking lineBreaking = LineBreaking::Anywhere;
    /// The ink the glyphs print in: the flow gives it to the page's runs; setting the text does
    /// not look at it.
    Colour colour = {};
};

/// Sets paragraphs of Chinese text: shape (cached), find breaks, measure, compose, justify and
/// place the glyphs on the line grid. One per thread; it keeps its caches between paragraphs.
class Typesetter {
public:
    explicit Typesetter(fonts::FontRegistry& registry);

    TypesetParagraph typeset(std::string_view utf8, const ParagraphStyle& style,
                             const LineWidth& widths);

    ShapeCache& shapeCache() { return m_shapeCache; }
    /// Forgets composed paragraphs (the shape cache stays): the next typeset composes anew.
    void clearParagraphCache() {
        m_paragraphs.clear();
        m_cachedTextBytes = 0;
    }
    fonts::FontRegistry& registry() { return m_registry; }

private:
    /// The hyphen set where a Latin word is broken, from the paragraph's own face; no glyph if
    /// it has none (words are then not broken).
    ShapedGlyph hyphenGlyph(fonts::FontId font, bool vertical);

    TypesetParagraph compose(std::string_view utf8, const ParagraphStyle& style,
                             const LineWidth& widths);

    fonts::FontRegistry& m_registry;
    BreakFinder m_breaks;
    // Composed paragraphs by (text, style, width): what makes dragging a block cheap.
    std::unordered_map<std::string, TypesetParagraph> m_paragraphs;
    std::size_t m_cachedTextBytes = 0;  // of the paragraphs cached: what bounds the cache
    Hyphenator m_hyphenator;
    ShapeCache m_shapeCache;
};

}  // namespace banmian::layout
