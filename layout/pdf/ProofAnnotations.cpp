#include "layout/pdf/ProofAnnotations.h"

#include <algorithm>

#include "layout/pdf/PdfDate.h"
#include "layout/pdf/PdfDocument.h"

namespace banmian::layout {
namespace {

// A rectangle in PDF space: left, bottom, right, top in points.
struct Box {
    double x0, y0, x1, y1;
};

Box toPdf(const PdfPageFrame& f, const Rect& r) {
    return {f.x(r.x), f.y(r.bottom()), f.x(r.right()), f.y(r.y)};
}

std::string n(double v) {
    return pdfNumber(v);
}

std::string array(const Box& b) {
    return "[" + n(b.x0) + " " + n(b.y0) + " " + n(b.x1) + " " + n(b.y1) + "]";
}

struct Rgb {
    double r, g, b;
    std::string operands() const { return n(r) + " " + n(g) + " " + n(b); }
};

// Marks in proofreader's red, the automatic checks' hints in blue; highlights a light tint of
// either, multiplied into the page so that the text stays black on it.
constexpr Rgb kMarkColour{1, 0, 0}, kHintColour{0, 0.45, 0.9};
constexpr Rgb kMarkTint{1, 0.78, 0.78}, kHintTint{0.72, 0.86, 1};

// The appearance of an annotation in PDF space, and the rectangle it takes.
struct Appearance {
    Box rect;
    std::string content;
    bool multiply = false;
};

Appearance strikeOut(const std::vector<Box>& pieces, const Rgb& colour) {
    Appearance a{pieces.front(), colour.operands() + " RG 0 J\n"};
    for (const Box& b : pieces) {
        const double height = b.y1 - b.y0, middle = b.y0 + height / 2;
        a.content += n(std::max(0.5, height * 0.07)) + " w " + n(b.x0) + " " + n(middle) + " m " +
                     n(b.x1) + " " + n(middle) + " l S\n";
        a.rect = {std::min(a.rect.x0, b.x0), std::min(a.rect.y0, b.y0), std::max(a.rect.x1, b.x1),
                  std::max(a.rect.y1, b.y1)};
    }
    return a;
}

Appearance highlight(const std::vector<Box>& pieces, const Rgb& tint) {
    Appearance a{pieces.front(), "/GSMul gs " + tint.operands() + " rg\n", true};
    for (const Box& b : pieces) {
        a.content +=
                n(b.x0) + " " + n(b.y0) + " " + n(b.x1 - b.x0) + " " + n(b.y1 - b.y0) + " re\n";
        a.rect = {std::min(a.rect.x0, b.x0), std::min(a.rect.y0, b.y0), std::max(a.rect.x1, b.x1),
                  std::max(a.rect.y1, b.y1)};
    }
    a.content += "f\n";
    return a;
}

// A caret (^) under the line where the text goes in, and a hairline up through the line between
// the characters.
Appearance caret(const Box& at, const Rgb& colour) {
    const double h = at.y1 - at.y0, x = at.x0, bottom = at.y0;
    Appearance a{{x - 0.3 * h, bottom - 0.25 * h, x + 0.3 * h, at.y1},
                 colour.operands() + " rg " + colour.operands() + " RG\n"};
    a.content += n(std::max(0.4, h / 20)) + " w " + n(x) + " " + n(bottom + 0.3 * h) + " m " +
                 n(x) + " " + n(at.y1) + " l S\n";
    a.content += n(x) + " " + n(bottom + 0.35 * h) + " m " + n(x + 0.28 * h) + " " +
                 n(bottom - 0.22 * h) + " l " + n(x) + " " + n(bottom - 0.05 * h) + " l " +
                 n(x - 0.28 * h) + " " + n(bottom - 0.22 * h) + " l h f\n";
    return a;
}

// A speech bubble with lines of writing in it.
Appearance note(const Box& icon, const Rgb& colour, const Rgb& tint) {
    const double s = (icon.x1 - icon.x0) / 16, x = icon.x0, y = icon.y0;
    auto p = [&](double px, double py) { return n(x + px * s) + " " + n(y + py * s); };
    Appearance a{icon, tint.operands() + " rg " + colour.operands() + " RG " + n(s) + " w 1 j\n"};
    a.content += p(1, 4) + " m " + p(15, 4) + " l " + p(15, 15) + " l " + p(1, 15) + " l " +
                 p(1, 4) + " l " + p(4, 4) + " m " + p(3, 0.8) + " l " + p(8, 4) + " l b\n";
    for (const double line : {12.0, 9.5, 7.0})
        a.content += p(3.5, line) + " m " + p(12.5, line) + " l S\n";
    return a;
}

}  // namespace

std::vector<int> addProofAnnotations(PdfDocument& pdf,
                                     const std::vector<ProofAnnotation>& annotations,
                                     const PdfPageFrame& frame, int page,
                                     const std::string& exportDate) {
    std::vector<int> objects;
    int multiply = 0;
    for (const ProofAnnotation& a : annotations) {
        const Rgb& colour = a.hint ? kHintColour : kMarkColour;
        const Rgb& tint = a.hint ? kHintTint : kMarkTint;
        std::vector<Box> boxes;
        for (const Rect& r : a.rects) boxes.push_back(toPdf(frame, r));

        Appearance look;
        std::string subtype, extra;
        switch (a.shape) {
            case AnnotationShape::StrikeOut:
            case AnnotationShape::Highlight: {
                const bool strike = a.shape == AnnotationShape::StrikeOut;
                subtype = strike ? "StrikeOut" : "Highlight";
                look = strike ? strikeOut(boxes, colour) : highlight(boxes, tint);
                // Each line piece's corners: upper left, upper right, lower left, lower right
                // (as Acrobat writes them and every reader reads them).
                extra = " /QuadPoints [";
                for (const Box& b : boxes) {
                    extra += n(b.x0) + " " + n(b.y1) + " " + n(b.x1) + " " + n(b.y1) + " " +
                             n(b.x0) + " " + n(b.y0) + " " + n(b.x1) + " " + n(b.y0) + " ";
                }
                extra += "]";
                break;
            }
            case AnnotationShape::Caret:
                subtype = "Caret";
                look = caret(boxes.front(), colour);
                extra = " /Sy /None";
                break;
            case AnnotationShape::Note:
                subtype = "Text";
                look = note(boxes.front(), colour, tint);
                extra = " /Name /Comment /Open false";
                break;
        }
        std::string resources;
        if (look.multiply) {
            if (multiply == 0) multiply = pdf.add("<< /Type /ExtGState /BM /Multiply >>");
            resources = " /Resources << /ExtGState << /GSMul " + std::to_string(multiply) +
                        " 0 R >> >>";
        }
        const int appearance =
                pdf.addStream("/Type /XObject /Subtype /Form /BBox " + array(look.rect) + resources,
                              look.content);

        std::string dictionary =
                "<< /Type /Annot /Subtype /" + subtype + " /Rect " + array(look.rect) + extra +
                " /Contents " + pdfUtf16String(a.contents) + " /T " + pdfUtf16String(a.author) +
                " /Subj " + pdfUtf16String(a.subject) + " /NM " + pdfTextString(a.id);
        std::string date = pdfDate(a.created);
        if (date.empty()) date = exportDate;
        if (!date.empty()) dictionary += " /M (" + date + ") /CreationDate (" + date + ")";
        // Not printed (no /F 4): on paper the proof's own red marks and notes, drawn on the page,
        // say it; printed too, each mark would show twice.
        dictionary += " /C [" + colour.operands() + "] /F 0 /P " + std::to_string(page) +
                      " 0 R /AP << /N " + std::to_string(appearance) + " 0 R >> >>";
        objects.push_back(pdf.add(std::move(dictionary)));
    }
    return objects;
}

}  // namespace banmian::layout
