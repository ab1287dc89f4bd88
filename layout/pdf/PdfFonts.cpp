#include "layout/pdf/PdfFonts.h"

#include <hb-subset.h>
#include <hb.h>

#include <ft2build.h>
#include FT_FREETYPE_H

#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

#include "layout/base/Utf8.h"
#include "layout/pdf/CffCharset.h"

namespace banmian::layout {
namespace {

template <typename T, void (*Destroy)(T*)>
struct Deleter {
    void operator()(T* p) const { Destroy(p); }
};
using Face = std::unique_ptr<hb_face_t, Deleter<hb_face_t, hb_face_destroy>>;
using Blob = std::unique_ptr<hb_blob_t, Deleter<hb_blob_t, hb_blob_destroy>>;
using Input =
        std::unique_ptr<hb_subset_input_t, Deleter<hb_subset_input_t, hb_subset_input_destroy>>;
using Plan = std::unique_ptr<hb_subset_plan_t, Deleter<hb_subset_plan_t, hb_subset_plan_destroy>>;

// A subset's tag: six capitals from the glyphs it holds, the same for the same glyphs.
std::string subsetTag(const std::map<std::uint32_t, std::string>& glyphs, std::uint32_t font) {
    std::uint64_t h = 1469598103934665603ULL ^ font;
    for (const auto& [glyph, text] : glyphs) h = (h ^ glyph) * 1099511628211ULL;
    std::string tag;
    for (int i = 0; i < 6; ++i, h /= 26) tag += static_cast<char>('A' + h % 26);
    return tag;
}

// The tables a PDF embeds: CFF alone for CIDFontType0C; the TrueType outline tables for
// CIDFontType2 (PDF 32000 9.9). Every other table is dropped before subsetting: the layout
// tables (GSUB, GPOS, vertical metrics, names) cost hb-subset most of its time and no PDF reads
// them.
bool embeddedTable(hb_tag_t tag) {
    for (hb_tag_t kept :
         {HB_TAG('C', 'F', 'F', ' '), HB_TAG('g', 'l', 'y', 'f'), HB_TAG('l', 'o', 'c', 'a'),
          HB_TAG('h', 'e', 'a', 'd'), HB_TAG('h', 'h', 'e', 'a'), HB_TAG('h', 'm', 't', 'x'),
          HB_TAG('m', 'a', 'x', 'p'), HB_TAG('c', 'v', 't', ' '), HB_TAG('f', 'p', 'g', 'm'),
          HB_TAG('p', 'r', 'e', 'p')}) {
        if (tag == kept) return true;
    }
    return false;
}

void dropUnembeddedTables(hb_face_t* source, hb_subset_input_t* input) {
    hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    std::vector<hb_tag_t> tags(hb_face_get_table_tags(source, 0, nullptr, nullptr));
    unsigned count = static_cast<unsigned>(tags.size());
    hb_face_get_table_tags(source, 0, &count, tags.data());
    for (unsigned i = 0; i < count; ++i) {
        if (!embeddedTable(tags[i])) hb_set_add(drop, tags[i]);
    }
}

std::string utf16Hex(std::string_view utf8) {
    std::string out;
    char buffer[8];
    for (std::size_t pos = 0; pos < utf8.size();) {
        char32_t c = utf8::next(utf8, pos);
        if (c >= 0x10000) {
            c -= 0x10000;
            std::snprintf(buffer, sizeof buffer, "%04X", static_cast<unsigned>(0xD800 + (c >> 10)));
            out += buffer;
            c = 0xDC00 + (c & 0x3FF);
        }
        std::snprintf(buffer, sizeof buffer, "%04X", static_cast<unsigned>(c));
        out += buffer;
    }
    return out;
}

std::string toUnicodeCMap(const std::map<std::uint16_t, std::string>& textOfCode) {
    std::string cmap =
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    std::vector<std::pair<std::uint16_t, std::string>> entries;
    for (const auto& [code, text] : textOfCode) {
        if (!text.empty()) entries.push_back({code, utf16Hex(text)});
    }
    for (std::size_t i = 0; i < entries.size(); i += 100) {
        const std::size_t n = std::min<std::size_t>(100, entries.size() - i);
        cmap += std::to_string(n) + " beginbfchar\n";
        char code[8];
        for (std::size_t j = i; j < i + n; ++j) {
            std::snprintf(code, sizeof code, "%04X", entries[j].first);
            cmap += "<" + std::string(code) + "> <" + entries[j].second + ">\n";
        }
        cmap += "endbfchar\n";
    }
    return cmap + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

}  // namespace

void PdfFonts::use(fonts::FontId font, std::uint32_t glyph, const std::string& text,
                   bool vertical) {
    Used& face = m_fonts[font.value];
    face.vertical = face.vertical || vertical;
    auto& used = face.glyphs;
    auto [it, inserted] = used.try_emplace(glyph, text);
    if (!inserted && it->second.empty()) it->second = text;
}

std::optional<Diagnostic> PdfFonts::embed(PdfDocument& pdf) {
    int index = 0;
    for (auto& [id, used] : m_fonts) {
        const fonts::FontFace& face = m_registry.face(fonts::FontId{id});
        used.name = "F" + std::to_string(++index);

        // Subset to the shaped glyphs only: no GSUB closure (layout features cleared), new
        // glyph ids (RETAIN_GIDS would keep hundreds of kilobytes of empty glyphs), and the
        // charstrings written out whole: desubroutinizing takes a third of the time renumbering
        // the subroutines does, and the PDF comes out smaller (Noto's subroutines serve all
        // 65,535 glyphs; a subset kept most of them for a few of its glyphs).
        Input input(hb_subset_input_create_or_fail());
        if (!input) return Diagnostic{0, "out of memory subsetting " + face.info().family};
        hb_set_t* glyphs = hb_subset_input_glyph_set(input.get());
        hb_set_add(glyphs, 0);
        for (const auto& [glyph, text] : used.glyphs) hb_set_add(glyphs, glyph);
        hb_set_clear(hb_subset_input_set(input.get(), HB_SUBSET_SETS_LAYOUT_FEATURE_TAG));
        hb_face_t* source = hb_font_get_face(face.hbFont());
        dropUnembeddedTables(source, input.get());
        hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_DESUBROUTINIZE);
        Plan plan(hb_subset_plan_create_or_fail(source, input.get()));
        if (!plan) return Diagnostic{0, "cannot subset the font " + face.info().family};
        const hb_map_t* oldToNew = hb_subset_plan_old_to_new_glyph_mapping(plan.get());
        Face subset(hb_subset_plan_execute_or_fail(plan.get()));
        if (!subset) return Diagnostic{0, "cannot subset the font " + face.info().family};

        Blob cffBlob(hb_face_reference_table(subset.get(), HB_TAG('C', 'F', 'F', ' ')));
        unsigned cffLength = 0;
        const char* cffData = hb_blob_get_data(cffBlob.get(), &cffLength);
        const bool cff = cffLength > 0;
        std::optional<CffCharset> charset;
        if (cff) {
            charset = readCffCharset(std::string_view(cffData, cffLength));
            if (!charset || !charset->cidKeyed) {
                return Diagnostic{0, "the font " + face.info().family +
                                             " has name-keyed CFF outlines, which this PDF writer "
                                             "cannot embed yet"};
            }
        }
        std::map<std::uint16_t, std::string> textOfCode;
        std::map<std::uint16_t, int> widthOfCode;
        const double unitsPerEm = face.unitsPerEm();
        for (const auto& [glyph, text] : used.glyphs) {
            const hb_codepoint_t newGlyph = hb_map_get(oldToNew, glyph);
            if (newGlyph == HB_MAP_VALUE_INVALID)
                return Diagnostic{0, "the subset of " + face.info().family + " lost a glyph"};
            std::uint16_t code = static_cast<std::uint16_t>(newGlyph);
            if (cff) {
                if (newGlyph >= charset->cidOfGlyph.size())
                    return Diagnostic{0, "damaged CFF subset of " + face.info().family};
                code = charset->cidOfGlyph[newGlyph];
            }
            used.codes[glyph] = code;
            textOfCode.try_emplace(code, text);
            widthOfCode[code] =
                    static_cast<int>(std::lround(face.advance(glyph) * 1000.0 / unitsPerEm));
        }

        // The PostScript name (name ID 6: NotoSerifCJKsc-Regular; the CFF's own name is the JP
        // one).
        const char* psName = FT_Get_Postscript_Name(face.ftFace());
        const std::string fontName = subsetTag(used.glyphs, id) + "+" + (psName ? psName : "Font");
        int fontFile = 0;
        if (cff) {
            fontFile =
                    pdf.addStream("/Subtype /CIDFontType0C", std::string_view(cffData, cffLength));
        } else {
            Blob whole(hb_face_reference_blob(subset.get()));
            unsigned length = 0;
            const char* data = hb_blob_get_data(whole.get(), &length);
            fontFile = pdf.addStream("/Length1 " + std::to_string(length),
                                     std::string_view(data, length));
        }
        const FT_Face ft = face.ftFace();
        const auto& m = face.metrics();
        auto scaled = [&](long v) { return std::to_string(std::lround(v * 1000.0 / unitsPerEm)); };
        const int descriptor = pdf.add(
                "<< /Type /FontDescriptor /FontName /" + fontName + " /Flags 4 /FontBBox [" +
                scaled(ft->bbox.xMin) + " " + scaled(ft->bbox.yMin) + " " + scaled(ft->bbox.xMax) +
                " " + scaled(ft->bbox.yMax) + "] /ItalicAngle 0 /Ascent " + scaled(m.ascender) +
                " /Descent " + scaled(m.descender) + " /CapHeight " + scaled(m.ascender) +
                " /StemV 80 " + (cff ? "/FontFile3 " : "/FontFile2 ") + std::to_string(fontFile) +
                " 0 R >>");
        std::string widths = "[";
        for (const auto& [code, width] : widthOfCode)
            widths += std::to_string(code) + " [" + std::to_string(width) + "] ";
        widths += "]";
        // Vertical metrics as HarfBuzz shaped with them (PDF 32000 §9.7.4.3): the advance down
        // the line and the vertical origin from the horizontal one, for every glyph used.
        std::string verticalMetrics;
        if (used.vertical) {
            verticalMetrics = " /W2 [";
            for (const auto& [glyph, text] : used.glyphs) {
                const fonts::FontFace::VerticalMetrics v = face.vertical(glyph);
                verticalMetrics += std::to_string(used.codes.at(glyph)) + " [" +
                                   scaled(-v.advance) + " " + scaled(v.originX) + " " +
                                   scaled(v.originY) + "] ";
            }
            verticalMetrics += "]";
        }
        const int cidFont = pdf.add(
                "<< /Type /Font /Subtype " + std::string(cff ? "/CIDFontType0" : "/CIDFontType2") +
                " /BaseFont /" + fontName +
                " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) "
                "/Supplement 0 >> /FontDescriptor " +
                std::to_string(descriptor) + " 0 R /DW 1000 /W " + widths + verticalMetrics +
                (cff ? "" : " /CIDToGIDMap /Identity") + " >>");
        const int toUnicode = pdf.addStream("", toUnicodeCMap(textOfCode));
        const auto type0 = [&](const char* encoding) {
            return pdf.add("<< /Type /Font /Subtype /Type0 /BaseFont /" + fontName +
                           " /Encoding /" + encoding + " /DescendantFonts [" +
                           std::to_string(cidFont) + " 0 R] /ToUnicode " +
                           std::to_string(toUnicode) + " 0 R >>");
        };
        used.object = type0("Identity-H");
        if (used.vertical) {
            used.verticalName = used.name + "V";
            used.verticalObject = type0("Identity-V");
        }
    }
    return std::nullopt;
}

std::string PdfFonts::resources() const {
    std::string out;
    for (const auto& [id, used] : m_fonts) {
        out += "/" + used.name + " " + std::to_string(used.object) + " 0 R ";
        if (used.verticalObject)
            out += "/" + used.verticalName + " " + std::to_string(used.verticalObject) + " 0 R ";
    }
    return out;
}

}  // namespace banmian::layout
