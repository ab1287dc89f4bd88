#include "layout/text/Typesetter.h"

#include <algorithm>
#include <cstdio>
#include <optional>

#include "layout/base/Utf8.h"
#include "layout/text/BalancedLines.h"
#include "layout/text/LineComposer.h"
#include "layout/text/Measure.h"
#include "layout/text/WordBreaks.h"

namespace banmian::layout {
namespace {

std::string codePointName(char32_t c) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
    return buffer;
}

// Ill-formed UTF-8 becomes U+FFFD, so that every stage sees the same valid text.
std::string sanitized(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t pos = 0; pos < utf8.size();) utf8::append(out, utf8::next(utf8, pos));
    return out;
}

// Glyph clusters as composition units, with their advances at the body size. Digits set across
// a vertical line (纵中横) make one cluster a full em long: to the rules, one character.
std::vector<ClusterInput> clustersOf(const ShapedParagraph& shaped, std::size_t textSize,
                                     LayoutUnit size, LayoutUnit tracking,
                                     const fonts::FontRegistry& registry) {
    std::vector<ClusterInput> clusters;
    const auto& glyphs = shaped.glyphs;
    for (std::uint32_t i = 0; i < glyphs.size();) {
        ClusterInput c;
        c.textBegin = glyphs[i].cluster;
        c.glyphBegin = i;
        if (glyphs[i].orientation == GlyphOrientation::Across) {
            while (i < glyphs.size() && glyphs[i].orientation == GlyphOrientation::Across) ++i;
            c.advance = size;
            c.solid = true;
        }
        while (i < glyphs.size() && glyphs[i].cluster == c.textBegin) {
            c.advance += fromFontUnits(glyphs[i].advance, size,
                                       registry.face(glyphs[i].font).unitsPerEm());
            ++i;
        }
        c.glyphEnd = i;
        c.advance += tracking;
        c.textEnd = i < glyphs.size() ? glyphs[i].cluster : textSize;
        clusters.push_back(c);
    }
    return clusters;
}

// Where a glyph is drawn on its line, from where the pen stands along it.
struct GlyphPlace {
    LayoutUnit along = 0, across = 0;
};

// The line's glyphs, grouped into runs of one face and orientation, at their places.
//
// In a vertical line each character's box is an em across, centred on the line: an upright
// glyph hangs from its vertical origin; a turned one lies with its em box centred on the line
// (the ideographic em box's middle, `emTop` below its top); digits across share their em square.
std::vector<GlyphRun> placeGlyphs(const ShapedParagraph& shaped, const MeasuredParagraph& measured,
                                  const ComposedLine& line, LayoutUnit size, LayoutUnit emTop,
                                  const fonts::FontRegistry& registry) {
    std::vector<GlyphRun> runs;
    for (std::size_t k = line.begin; k < line.end; ++k) {
        const Cluster& cluster = measured.clusters[k];
        if (cluster.type == TypeClass::Space) continue;  // nothing to draw
        const LayoutUnit box = line.left + line.placed.boxX[k - line.begin];
        LayoutUnit pen = line.left + line.placed.glyphX[k - line.begin];
        // Digits across a vertical line are centred on it: their width, only for them.
        LayoutUnit acrossWidth = 0;
        if (shaped.glyphs[cluster.glyphBegin].orientation == GlyphOrientation::Across) {
            for (std::uint32_t g = cluster.glyphBegin; g < cluster.glyphEnd; ++g) {
                const ShapedGlyph& glyph = shaped.glyphs[g];
                acrossWidth +=
                        fromFontUnits(glyph.advance, size, registry.face(glyph.font).unitsPerEm());
            }
        }
        LayoutUnit acrossPen = -acrossWidth / 2;
        for (std::uint32_t g = cluster.glyphBegin; g < cluster.glyphEnd; ++g) {
            const ShapedGlyph& glyph = shaped.glyphs[g];
            const int upem = registry.face(glyph.font).unitsPerEm();
            const LayoutUnit dx = fromFontUnits(glyph.xOffset, size, upem);
            const LayoutUnit dy = fromFontUnits(glyph.yOffset, size, upem);
            const LayoutUnit advance = fromFontUnits(glyph.advance, size, upem);
            GlyphPlace place;
            switch (glyph.orientation) {
                case GlyphOrientation::Horizontal:
                    place = {pen + dx, dy};
                    break;
                case GlyphOrientation::Upright:  // y offsets point up, the line runs down
                    place = {pen - dy, dx};
                    break;
                case GlyphOrientation::Sideways:  // turned clockwise: the glyph's up is right
                    place = {pen + dx, size / 2 - emTop + dy};
                    break;
                case GlyphOrientation::Across:
                    place = {box + emTop - dy, acrossPen + dx};
                    acrossPen += advance;
                    break;
            }
            if (glyph.orientation != GlyphOrientation::Across) pen += advance;
            if (runs.empty() || runs.back().font != glyph.font ||
                runs.back().orientation != glyph.orientation) {
                GlyphRun& run = runs.emplace_back();
                run.font = glyph.font;
                run.size = size;
                run.orientation = glyph.orientation;
            }
            GlyphRun& run = runs.back();
            run.glyphs.push_back(glyph.glyph);
            run.x.push_back(place.along);
            run.rise.push_back(place.across);
            // Digits across share one square, but each shows its own digit (a PDF maps a glyph
            // to one text).
            const bool own = glyph.orientation == GlyphOrientation::Across;
            const std::size_t next =
                    g + 1 < cluster.glyphEnd ? shaped.glyphs[g + 1].cluster : cluster.textEnd;
            run.textBegin.push_back(
                    static_cast<std::uint32_t>(own ? glyph.cluster : cluster.textBegin));
            run.textEnd.push_back(static_cast<std::uint32_t>(own ? next : cluster.textEnd));
            if (inVerticalLine(glyph.orientation)) run.cell.push_back(box);
        }
    }
    return runs;
}

// A line set as it falls (not justified) moves to the centre or the right of its room.
void alignLine(TypesetLine& line, Alignment alignment) {
    const LayoutUnit room = line.width - line.setWidth;
    if (room <= 0 || alignment == Alignment::Justify || alignment == Alignment::Left) return;
    const LayoutUnit offset = alignment == Alignment::Center ? room / 2 : room;
    line.left += offset;
    for (GlyphRun& run : line.runs) {
        for (LayoutUnit& x : run.x) x += offset;
        for (LayoutUnit& cell : run.cell) cell += offset;
    }
}

// A headline's measured clusters and lines, broken only between words (WordBreaks) and
// balanced (BalancedLines); none when no such breaks let it fit.
struct HeadlineLines {
    MeasuredParagraph measured;
    std::vector<ComposedLine> lines;
};

template <typename MeasureAt>
std::optional<HeadlineLines> composeHeadline(std::string_view text,
                                             const std::vector<std::size_t>& breaks,
                                             MeasureAt& measure, const LineWidth& widths,
                                             LayoutUnit indent, const ParagraphStyle& style) {
    const std::vector<WordBreak> kinds = wordBreaksAt(text, breaks);
    std::vector<std::size_t> betweenWords, phraseEnds;
    for (std::size_t i = 0; i < breaks.size(); ++i) {
        if (kinds[i] != WordBreak::InsideWord) betweenWords.push_back(breaks[i]);
        if (kinds[i] == WordBreak::AfterPhrase) phraseEnds.push_back(breaks[i]);
    }
    HeadlineLines head{measure(betweenWords), {}};
    std::vector<bool> phraseEndAfter(head.measured.clusters.size());
    for (std::size_t k = 0; k < phraseEndAfter.size(); ++k) {
        phraseEndAfter[k] = std::binary_search(phraseEnds.begin(), phraseEnds.end(),
                                               head.measured.clusters[k].textEnd);
    }
    auto lines =
            composeBalancedLines(head.measured, widths, indent, phraseEndAfter, style.composition);
    if (!lines) return std::nullopt;
    head.lines = std::move(*lines);
    return head;
}

}  // namespace

Typesetter::Typesetter(fonts::FontRegistry& registry) : m_registry(registry) {}

ShapedGlyph Typesetter::hyphenGlyph(fonts::FontId font, bool vertical) {
    const ShapedParagraph shaped = shapeParagraph(
            "-", font, m_registry, m_shapeCache,
            {.latin = std::nullopt, .language = Language::Hans, .vertical = vertical});
    if (shaped.glyphs.size() != 1 || !shaped.missing.empty() || shaped.glyphs[0].font != font)
        return {};
    return shaped.glyphs[0];
}

namespace {

// Everything a composition depends on, as bytes: the style's fields, the width, the text.
std::string paragraphKey(std::string_view text, const ParagraphStyle& s, LayoutUnit width) {
    const std::int64_t fields[] = {s.font.value,
                                   s.latinFont ? static_cast<std::int64_t>(s.latinFont->value) : -1,
                                   static_cast<std::int64_t>(s.language),
                                   s.vertical,
                                   s.size,
                                   s.leading,
                                   s.indentEms,
                                   s.hanLatinSpace,
                                   s.composition.trimOpeningAtLineStart,
                                   s.composition.justify,
                                   static_cast<std::int64_t>(s.alignment),
                                   s.trackingThousandths,
                                   static_cast<std::int64_t>(s.lineBreaking),
                                   width};
    std::string key(reinterpret_cast<const char*>(fields), sizeof fields);
    key.append(text);
    return key;
}

// Bounds on the cache: a day's pages hold a few thousand paragraphs at a few widths, a few
// hundred kilobytes of text; a set line keeps ~40 bytes a character, so 4 MB of text is ~160 MB
// at most before the cache starts afresh.
constexpr std::size_t kMaxCachedParagraphs = 20000;
constexpr std::size_t kMaxCachedTextBytes = 4u << 20;

}  // namespace

TypesetParagraph Typesetter::typeset(std::string_view input, const ParagraphStyle& style,
                                     const LineWidth& widths) {
    const std::optional<LayoutUnit> width = widths.constantWidth();
    if (!width) return compose(input, style, widths);
    std::string key = paragraphKey(input, style, *width);
    if (const auto it = m_paragraphs.find(key); it != m_paragraphs.end()) return it->second;
    if (m_paragraphs.size() >= kMaxCachedParagraphs ||
        m_cachedTextBytes + input.size() > kMaxCachedTextBytes) {
        m_paragraphs.clear();
        m_cachedTextBytes = 0;
    }
    m_cachedTextBytes += input.size();
    return m_paragraphs.emplace(std::move(key), compose(input, style, widths)).first->second;
}

TypesetParagraph Typesetter::compose(std::string_view input, const ParagraphStyle& style,
                                     const LineWidth& widths) {
    TypesetParagraph result;
    std::string repaired;
    std::string_view text = input;
    if (const std::size_t bad = utf8::findInvalid(input); bad != std::string_view::npos) {
        repaired = sanitized(input);
        text = repaired;
        result.diagnostics.push_back({.message = "bytes that are not UTF-8 at offset " +
                                                 std::to_string(bad) + " are shown as U+FFFD",
                                      .severity = Severity::Warning,
                                      .kind = "bad-text",
                                      .place = {.offset = static_cast<int>(bad)}});
    }
    if (text.empty()) return result;

    const ShapedParagraph shaped = shapeParagraph(
            text, style.font, m_registry, m_shapeCache,
            {.latin = style.latinFont, .language = style.language, .vertical = style.vertical});
    for (const fonts::MissingCharacter& m : shaped.missing) {
        // An error: what no face has prints as the face's .notdef box.
        result.diagnostics.push_back(
                {.message = codePointName(m.codePoint) + " (“" +
                            std::string(utf8::prefix(text.substr(m.offset), 1)) +
                            "”) has no glyph in any installed font: it would print as a box",
                 .severity = Severity::Error,
                 .kind = "missing-glyph",
                 .place = {.offset = static_cast<int>(m.offset)}});
    }

    const std::vector<ClusterInput> clusters =
            clustersOf(shaped, text.size(), style.size,
                       style.size * style.trackingThousandths / 1000, m_registry);
    const std::vector<std::size_t> breaks = m_breaks.find(text);
    const ShapedGlyph hyphen = hyphenGlyph(style.font, style.vertical);
    const int upem = m_registry.face(style.font).unitsPerEm();
    auto measure = [&](const std::vector<std::size_t>& lineEnds) {
        MeasuredParagraph m =
                measureParagraph(text, clusters, lineEnds,
                                 {style.size, style.hanLatinSpace, &m_hyphenator, style.language});
        m.hyphenAdvance = hyphen.glyph ? fromFontUnits(hyphen.advance, style.size, upem) : 0;
        return m;
    };

    LayoutUnit indent = style.indentEms * style.size;
    const LayoutUnit firstWidth = widths.widthAt(0);
    if (firstWidth < 2 * style.size) {
        result.diagnostics.push_back(
                {.message = "the column is narrower than two characters (" +
                            std::to_string(toPoints(firstWidth)) +
                            " pt): lines hold single characters and may overrun it",
                 .severity = Severity::Warning,
                 .kind = "narrow-column",
                 .place = {.offset = 0}});
    }
    if (firstWidth - indent < style.size) indent = 0;  // an indent that leaves no room is dropped

    MeasuredParagraph measured;
    std::vector<ComposedLine> lines;
    if (style.lineBreaking == LineBreaking::BetweenWordsBalanced) {
        std::optional<HeadlineLines> head =
                composeHeadline(text, breaks, measure, widths, indent, style);
        if (head) {
            measured = std::move(head->measured);
            lines = std::move(head->lines);
        } else {
            measured = measure(breaks);
            lines = composeLines(measured, widths, indent, style.composition);
            std::vector<std::size_t> starts;
            for (std::size_t i = 1; i < lines.size(); ++i)
                starts.push_back(measured.clusters[lines[i].begin].textBegin);
            const std::vector<std::size_t> inside = breaksInsideWords(text, starts);
            if (!inside.empty()) {
                result.diagnostics.push_back(
                        {.message = "no break between words lets the text fit its width: a word "
                                    "is broken across lines (set it smaller or wider)",
                         .severity = Severity::Warning,
                         .kind = "word-broken",
                         .place = {.offset = static_cast<int>(inside.front())}});
            }
        }
    } else {
        measured = measure(breaks);
        lines = composeLines(measured, widths, indent, style.composition);
    }
    const LayoutUnit emTop = fromFontUnits(m_registry.face(style.font).metrics().ideoEmBoxTop,
                                           style.size, m_registry.face(style.font).unitsPerEm());
    result.vertical = style.vertical;
    // A vertical line's centre stands half an em into its share of the pitch, as a horizontal
    // line's baseline stands the em box's top below the top of its share.
    const LayoutUnit lineReference = style.vertical ? style.size / 2 : emTop;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const ComposedLine& line = lines[i];
        TypesetLine out;
        out.textBegin = measured.clusters[line.begin].textBegin;
        out.textEnd = measured.clusters[line.end - 1].textEnd;
        out.left = line.left;
        out.width = line.target;
        const LayoutUnit hyphenWidth = line.hyphenated ? measured.hyphenAdvance : 0;
        out.setWidth = line.placed.width + hyphenWidth;
        out.natural = line.placed.natural + hyphenWidth;
        out.baseline = static_cast<LayoutUnit>(i) * style.leading + lineReference;
        out.last = line.last;
        out.overfull = line.overfull;
        out.hyphenated = line.hyphenated;
        out.runs = placeGlyphs(shaped, measured, line, style.size, emTop, m_registry);
        if (line.hyphenated) {
            GlyphRun& run = out.runs.emplace_back();
            run.font = style.font;
            run.size = style.size;
            run.orientation = hyphen.orientation;
            run.glyphs.push_back(hyphen.glyph);
            run.x.push_back(line.left + line.placed.width);
            run.rise.push_back(style.vertical ? style.size / 2 - emTop : 0);
            run.textBegin.push_back(static_cast<std::uint32_t>(out.textEnd));
            run.textEnd.push_back(static_cast<std::uint32_t>(out.textEnd));
            if (style.vertical) run.cell.push_back(line.left + line.placed.width);
        }
        if (line.overfull) {
            result.diagnostics.push_back(
                    {.message = "line " + std::to_string(i + 1) + " is wider than the column by " +
                                std::to_string(toPoints(line.placed.width - line.target)) + " pt",
                     .severity = Severity::Warning,
                     .kind = "overfull-line",
                     .place = {.offset = static_cast<int>(out.textBegin)}});
        }
        alignLine(out, style.alignment);
        result.lines.push_back(std::move(out));
    }
    result.height = static_cast<LayoutUnit>(lines.size()) * style.leading;
    return result;
}

}  // namespace banmian::layout
