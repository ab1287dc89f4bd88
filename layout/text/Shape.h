#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <hb.h>

#include "fonts/FontId.h"
#include "fonts/FontRegistry.h"
#include "fonts/Itemize.h"
#include "layout/base/Language.h"
#include "layout/text/Orientation.h"

namespace banmian::layout {

/// One glyph as HarfBuzz shaped it, in the units of its font (the engine scales to size later).
struct ShapedGlyph {
    fonts::FontId font;
    std::uint32_t glyph = 0;
    std::uint32_t cluster = 0;  ///< byte offset in the paragraph of the text it shows
    /// How far it moves the pen along its line: across for a horizontal glyph, down for an
    /// upright one in a vertical line.
    std::int32_t advance = 0;
    /// Where HarfBuzz puts the glyph's drawing origin from the pen (y upwards): for an upright
    /// glyph, half its width to the left and its vertical origin's height down.
    std::int32_t xOffset = 0, yOffset = 0;
    GlyphOrientation orientation = GlyphOrientation::Horizontal;
};

/// A paragraph shaped: its glyphs in text order, and the characters that no face could show.
struct ShapedParagraph {
    std::vector<ShapedGlyph> glyphs;
    std::vector<fonts::MissingCharacter> missing;  ///< reported, never drawn as a silent box
};

/// Shaped runs kept by their text, font and script, so that composing the same text again (at
/// another width, after a block moved) does not shape it again.
class ShapeCache {
public:
    using Glyphs = std::vector<ShapedGlyph>;  // clusters relative to the run's start

    const Glyphs* find(const std::string& key) const;
    const Glyphs& insert(std::string key, Glyphs glyphs);
    std::size_t hits() const { return m_hits; }
    std::size_t misses() const { return m_misses; }
    void clear() {
        m_runs.clear();
        m_glyphs = 0;
    }
    /// Glyphs kept at most (~24 MB) before the cache starts afresh.
    static constexpr std::size_t kMaxCachedGlyphs = 1'000'000;

private:
    std::unordered_map<std::string, Glyphs> m_runs;
    std::size_t m_glyphs = 0;
    mutable std::size_t m_hits = 0;
    std::size_t m_misses = 0;
};

/// What shaping a paragraph is told beside its face.
struct ShapeOptions {
    /// A face for the Latin letters and digits; none: the face's own.
    std::optional<fonts::FontId> latin;
    /// Given to HarfBuzz, so that a face's `locl` picks the glyph forms of the text's written
    /// form (說 of Taiwan, of Hong Kong) and its marks take their forms and places.
    Language language = Language::Hans;
    /// Set in a vertical line (竖排): upright runs shaped top to bottom (HarfBuzz TTB, with the
    /// face's `vert` forms and `vmtx`/`VORG` metrics), Latin turned, short numbers across.
    bool vertical = false;
};

/// The Noto CJK faces made for a language's glyph forms: SC for zh-Hans, TC for zh-Hant-TW, HK
/// for zh-Hant-HK.
fonts::CjkRegion cjkRegion(Language language);

/// Shapes a paragraph: font fallback over `primary`'s chain (a character goes to the first face
/// that has it), script runs, then HarfBuzz in the paragraph's language, each run through the
/// cache.
ShapedParagraph shapeParagraph(std::string_view utf8, fonts::FontId primary,
                               fonts::FontRegistry& registry, ShapeCache& cache,
                               const ShapeOptions& options = {});

}  // namespace banmian::layout
