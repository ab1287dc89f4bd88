#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "fonts/FaceInfo.h"
#include "fonts/GlyphOutline.h"

struct FT_FaceRec_;
struct hb_font_t;
struct hb_face_t;
struct hb_blob_t;

namespace banmian::fonts {

/// Vertical metrics of a face, in font units (y up).
struct FaceMetrics {
    int unitsPerEm = 1000;
    int ascender = 0, descender = 0, lineGap = 0;
    /// The ideographic em box (BASE table 'ideo'/'idtp'): the square CJK characters are designed
    /// in, where Chinese composition puts its lines. Synthesised as a centred em when absent.
    int ideoEmBoxTop = 880, ideoEmBoxBottom = -120;
};

/// One face, loaded once: the file's bytes mapped read-only, and the FreeType face and HarfBuzz
/// font made from the same bytes, so shaping and outlines can never disagree.
class FontFace {
public:
    /// Loads the face `info` names; nullptr and `error` set (naming the file) when it cannot.
    static std::unique_ptr<FontFace> load(const FaceInfo& info, std::string& error);
    ~FontFace();
    FontFace(const FontFace&) = delete;
    FontFace& operator=(const FontFace&) = delete;

    const FaceInfo& info() const { return m_info; }
    /// The HarfBuzz font, at a scale of one font unit (the engine scales to size itself).
    hb_font_t* hbFont() const { return m_hbFont; }
    FT_FaceRec_* ftFace() const { return m_ftFace; }
    int unitsPerEm() const { return m_metrics.unitsPerEm; }
    const FaceMetrics& metrics() const { return m_metrics; }

    /// The glyph for a character, 0 (.notdef) when the face has none.
    std::uint32_t glyphFor(char32_t c) const;
    bool covers(char32_t c) const { return glyphFor(c) != 0; }
    /// A glyph's horizontal advance in font units.
    std::int32_t advance(std::uint32_t glyph) const;

    /// How a glyph is set in vertical text, in font units (y up): its advance down the line
    /// (`vmtx`), and its vertical origin from its horizontal one (`VORG`: half its width across,
    /// the top of its em box up) — what HarfBuzz shapes with and a PDF's W2 must repeat.
    struct VerticalMetrics {
        std::int32_t advance = 0;
        std::int32_t originX = 0, originY = 0;
    };
    VerticalMetrics vertical(std::uint32_t glyph) const;
    /// The whole file's bytes (of which this face is info().faceIndex), for renderers that load
    /// the face themselves.
    std::string_view fileBytes() const { return {reinterpret_cast<const char*>(m_data), m_size}; }
    /// A glyph's outline in font units, for renderers.
    GlyphOutline outline(std::uint32_t glyph) const;

private:
    FontFace() = default;

    FaceInfo m_info;
    const unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
    FT_FaceRec_* m_ftFace = nullptr;
    hb_blob_t* m_blob = nullptr;
    hb_face_t* m_hbFace = nullptr;
    hb_font_t* m_hbFont = nullptr;
    FaceMetrics m_metrics;
};

}  // namespace banmian::fonts
