#include "layout/text/Shape.h"

#include <algorithm>
#include <climits>
#include <memory>

#include "fonts/Itemize.h"
#include "layout/text/ScriptRuns.h"

namespace banmian::layout {
namespace {

std::string cacheKey(fonts::FontId font, hb_script_t script, Language language,
                     GlyphOrientation orientation, std::string_view text) {
    std::string key;
    key.reserve(text.size() + 10);
    const auto id = static_cast<std::uint32_t>(font.value);
    key.append(reinterpret_cast<const char*>(&id), sizeof id);
    key.append(reinterpret_cast<const char*>(&script), sizeof script);
    key.push_back(static_cast<char>(language));
    key.push_back(static_cast<char>(orientation));
    key.append(text);
    return key;
}

ShapeCache::Glyphs shapeRun(std::string_view text, fonts::FontId font, hb_script_t script,
                            Language language, GlyphOrientation orientation,
                            const fonts::FontRegistry& registry) {
    const std::string_view tag = languageTag(language);
    const hb_language_t chinese = hb_language_from_string(tag.data(), static_cast<int>(tag.size()));
    std::unique_ptr<hb_buffer_t, void (*)(hb_buffer_t*)> buffer(hb_buffer_create(),
                                                                hb_buffer_destroy);
    hb_buffer_add_utf8(buffer.get(), text.data(), static_cast<int>(text.size()), 0,
                       static_cast<int>(text.size()));
    const bool upright = orientation == GlyphOrientation::Upright;
    hb_buffer_set_direction(buffer.get(), upright ? HB_DIRECTION_TTB : HB_DIRECTION_LTR);
    hb_buffer_set_script(buffer.get(), script);
    hb_buffer_set_language(buffer.get(), chinese);
    // Digits across a vertical line in half-width forms, two to the em, where the face has them.
    static const hb_feature_t halfWidths = {HB_TAG('h', 'w', 'i', 'd'), 1, 0, UINT_MAX};
    const bool across = orientation == GlyphOrientation::Across;
    hb_shape(registry.face(font).hbFont(), buffer.get(), across ? &halfWidths : nullptr,
             across ? 1 : 0);

    unsigned count = 0;
    const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer.get(), &count);
    const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer.get(), &count);
    ShapeCache::Glyphs glyphs(count);
    for (unsigned i = 0; i < count; ++i) {
        glyphs[i] = {font,
                     infos[i].codepoint,
                     infos[i].cluster,
                     upright ? -positions[i].y_advance : positions[i].x_advance,
                     positions[i].x_offset,
                     positions[i].y_offset,
                     orientation};
    }
    return glyphs;
}

}  // namespace

const ShapeCache::Glyphs* ShapeCache::find(const std::string& key) const {
    const auto it = m_runs.find(key);
    if (it == m_runs.end()) return nullptr;
    ++m_hits;
    return &it->second;
}

const ShapeCache::Glyphs& ShapeCache::insert(std::string key, Glyphs glyphs) {
    ++m_misses;
    // Bounded: an evening of edits (or a fuzzer) shapes ever new text. Starting afresh costs a
    // page's shaping once; callers copy what they find, so nothing they hold is freed under them.
    if (m_glyphs + glyphs.size() > kMaxCachedGlyphs) clear();
    m_glyphs += glyphs.size();
    return m_runs.insert_or_assign(std::move(key), std::move(glyphs)).first->second;
}

fonts::CjkRegion cjkRegion(Language language) {
    switch (language) {
        case Language::Hans:
            return fonts::CjkRegion::SC;
        case Language::HantTW:
            return fonts::CjkRegion::TC;
        case Language::HantHK:
            return fonts::CjkRegion::HK;
    }
    return fonts::CjkRegion::SC;
}

ShapedParagraph shapeParagraph(std::string_view utf8, fonts::FontId primary,
                               fonts::FontRegistry& registry, ShapeCache& cache,
                               const ShapeOptions& options) {
    ShapedParagraph shaped;
    const fonts::Itemization items = fonts::itemizeByCoverage(
            utf8, primary, registry, options.latin, cjkRegion(options.language));
    shaped.missing = items.missing;

    // A vertical line shapes its text in vertical forms, run by run of one orientation.
    std::string vertical;
    std::vector<OrientationRun> orientations;
    if (options.vertical) {
        vertical = verticalForms(utf8);
        orientations = orientationRuns(utf8);
    } else {
        orientations.push_back({0, utf8.size(), GlyphOrientation::Horizontal});
    }
    const std::string_view shown = options.vertical ? std::string_view(vertical) : utf8;

    auto shape = [&](std::size_t begin, std::size_t end, fonts::FontId font, hb_script_t script,
                     GlyphOrientation orientation) {
        const std::string_view text = shown.substr(begin, end - begin);
        std::string key = cacheKey(font, script, options.language, orientation, text);
        const ShapeCache::Glyphs* glyphs = cache.find(key);
        if (!glyphs) {
            glyphs = &cache.insert(std::move(key), shapeRun(text, font, script, options.language,
                                                            orientation, registry));
        }
        for (ShapedGlyph g : *glyphs) {
            g.cluster += static_cast<std::uint32_t>(begin);
            shaped.glyphs.push_back(g);
        }
    };
    std::size_t o = 0;  // the orientation run the next piece starts in
    for (const fonts::FontRun& fontRun : items.runs) {
        for (const ScriptRun& run : splitScripts(utf8, fontRun.begin, fontRun.end)) {
            for (std::size_t begin = run.begin; begin < run.end;) {
                while (orientations[o].end <= begin) ++o;
                const std::size_t end = std::min(run.end, orientations[o].end);
                shape(begin, end, fontRun.font, run.script, orientations[o].orientation);
                begin = end;
            }
        }
    }
    return shaped;
}

}  // namespace banmian::layout
