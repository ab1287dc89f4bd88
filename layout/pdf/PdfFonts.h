#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "fonts/FontRegistry.h"
#include "layout/base/Result.h"
#include "layout/pdf/PdfDocument.h"

namespace banmian::layout {

/// The fonts of a PDF: each face used, subset with hb-subset to the glyphs actually shaped (no
/// GSUB closure), embedded as CID-keyed CFF (CIDFontType0C) or TrueType (CIDFontType2) behind
/// Identity-H, with widths and a ToUnicode map built from the source text, not the font's cmap.
/// A face whose glyphs stand upright in vertical lines (竖排) is also given behind Identity-V,
/// with its vertical metrics (W2), so that vertical text stays text and reads in its order.
class PdfFonts {
public:
    explicit PdfFonts(const fonts::FontRegistry& registry) : m_registry(registry) {}

    /// Notes that `glyph` of `font` is drawn and shows `text` (empty for a cluster's later glyphs).
    void use(fonts::FontId font, std::uint32_t glyph, const std::string& text,
             bool vertical = false);

    /// Subsets and writes every used font into `pdf`; the error naming the font when one cannot be.
    std::optional<Diagnostic> embed(PdfDocument& pdf);

    /// After embed(): the resource name (/F1 …) and the code a content stream shows a glyph with.
    const std::string& resourceName(fonts::FontId font, bool vertical = false) const {
        const Used& used = m_fonts.at(font.value);
        return vertical ? used.verticalName : used.name;
    }
    std::uint16_t code(fonts::FontId font, std::uint32_t glyph) const {
        return m_fonts.at(font.value).codes.at(glyph);
    }
    /// The /Font resource dictionary's entries.
    std::string resources() const;

private:
    struct Used {
        std::map<std::uint32_t, std::string> glyphs;   // original glyph → text (first seen)
        std::map<std::uint32_t, std::uint16_t> codes;  // original glyph → code in the PDF
        std::string name;
        int object = 0;
        bool vertical = false;  // some of its glyphs are set upright in vertical lines
        std::string verticalName;
        int verticalObject = 0;
    };
    const fonts::FontRegistry& m_registry;
    std::map<std::uint32_t, Used> m_fonts;  // by FontId value: deterministic order
};

}  // namespace banmian::layout
