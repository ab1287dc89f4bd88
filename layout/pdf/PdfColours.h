#pragma once

#include <map>
#include <string>

#include "layout/colour/Colour.h"
#include "layout/pdf/PdfDocument.h"

namespace banmian::layout {

/// The page's colours as PDF content operators, for the plant: process colours in DeviceCMYK, each
/// spot ink as a /Separation colour space of its own (its alternate the swatch's process
/// look-alike, so a RIP without the ink still prints it), and with each colour its overprint
/// (Ghent PDF Output Suite, GWG): solid black overprints, so that no white gap opens beside it when
/// the plates are out of register; every other colour knocks out what is under it — reversed
/// (paper) text most of all, which overprinted would vanish.
///
/// One per file: a spot ink's colour space is written once and named on every page that uses it.
/// The operators it gives leave out what the content stream already has in force.
class PdfColours {
public:
    explicit PdfColours(PdfDocument& pdf) : m_pdf(pdf) {}

    /// Operators making `colour` the fill colour, with its overprint.
    std::string fill(const Colour& colour);
    /// Operators making `colour` the stroke colour, with its overprint.
    std::string stroke(const Colour& colour);
    /// Forgets what is in force: after operators written around it, or at a page's start.
    void forget();

    /// The page's resource entries: /ColorSpace's spot inks (the content's /CSn) and /ExtGState's
    /// two overprint states (/GSOver, /GSKnock), without the enclosing dictionaries.
    std::string colourSpaceResources() const;
    std::string graphicsStateResources();

private:
    // The colour space and colour operands of `colour`: "/CS1 cs 0.5 scn" or "0 0 0 1 k" (fill).
    std::string set(const Colour& colour, bool fill);
    std::string overprint(const Colour& colour);

    PdfDocument& m_pdf;
    std::map<std::string, int> m_spots;  // ink name → its colour space object
    int m_over = 0, m_knock = 0;
    std::string m_fill, m_stroke, m_state;  // in force; empty: unknown
};

/// A PDF name object for `name` (with its slash): bytes outside printable ASCII and PDF's
/// delimiters written as #xx (ISO 32000-1 §7.3.5), as a spot ink "PANTONE 485 C" or "报头红" needs.
std::string pdfName(std::string_view name);

}  // namespace banmian::layout
