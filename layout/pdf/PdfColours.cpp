#include "layout/pdf/PdfColours.h"

#include <cstdio>

namespace banmian::layout {
namespace {

std::string cmykOperands(const Cmyk& cmyk) {
    std::string out;
    for (double v : cmyk) out += (out.empty() ? "" : " ") + pdfNumber(v);
    return out;
}

}  // namespace

std::string pdfName(std::string_view name) {
    std::string out = "/";
    for (const char c : name) {
        const auto byte = static_cast<unsigned char>(c);
        const bool delimiter = std::string_view("#()<>[]{}/%").find(c) != std::string_view::npos;
        if (byte < 0x21 || byte > 0x7e || delimiter) {
            char hex[4];
            std::snprintf(hex, sizeof hex, "#%02X", byte);
            out += hex;
        } else {
            out += c;
        }
    }
    return out;
}

std::string PdfColours::set(const Colour& colour, bool fill) {
    if (colour.spot.empty()) return cmykOperands(colour.process()) + (fill ? " k" : " K");
    auto found = m_spots.find(colour.spot);
    if (found == m_spots.end()) {
        // The tint transform: tint t gives t × the alternate (FunctionType 2, exponent 1).
        const std::string space = "[/Separation " + pdfName(colour.spot) +
                                  " /DeviceCMYK << /FunctionType 2 /Domain [0 1] /C0 [0 0 0 0] "
                                  "/C1 [" +
                                  cmykOperands(colour.cmyk) + "] /N 1 >>]";
        found = m_spots.emplace(colour.spot, m_pdf.add(space)).first;
    }
    const std::string name = "/CS" + std::to_string(found->second);
    return name + (fill ? " cs " : " CS ") + pdfNumber(colour.tint) + (fill ? " scn" : " SCN");
}

std::string PdfColours::overprint(const Colour& colour) {
    const std::string state = colour.isBlack() ? "/GSOver" : "/GSKnock";
    if (state == m_state) return {};
    m_state = state;
    return state + " gs ";
}

std::string PdfColours::fill(const Colour& colour) {
    std::string out = overprint(colour);
    std::string operators = set(colour, true);
    if (operators != m_fill) out += (m_fill = std::move(operators)) + " ";
    return out;
}

std::string PdfColours::stroke(const Colour& colour) {
    std::string out = overprint(colour);
    std::string operators = set(colour, false);
    if (operators != m_stroke) out += (m_stroke = std::move(operators)) + " ";
    return out;
}

void PdfColours::forget() {
    m_fill.clear();
    m_stroke.clear();
    m_state.clear();
}

std::string PdfColours::colourSpaceResources() const {
    std::string out;
    for (const auto& [name, object] : m_spots) {
        const std::string number = std::to_string(object);
        out += "/CS" + number + " " + number + " 0 R ";
    }
    return out;
}

std::string PdfColours::graphicsStateResources() {
    // Overprint mode 1 (nonzero overprint): a plate where a CMYK colour has 0 is left as it is,
    // not cleared — what overprinting black needs (PDF/X-1a requires it to be set explicitly).
    if (m_over == 0) m_over = m_pdf.add("<< /Type /ExtGState /OP true /op true /OPM 1 >>");
    if (m_knock == 0) m_knock = m_pdf.add("<< /Type /ExtGState /OP false /op false /OPM 0 >>");
    return "/GSOver " + std::to_string(m_over) + " 0 R /GSKnock " + std::to_string(m_knock) +
           " 0 R ";
}

}  // namespace banmian::layout
