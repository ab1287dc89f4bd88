#include "layout/pdf/ProofAnnotations.h"

#include <algorithm>
#include <cctype>

#include "layout/pdf/PdfDocument.h"
#include "layout/proof/TextOnPage.h"

namespace banmian::layout {
namespace {

std::string quoted(const std::string& text) {
    return "“" + text + "”";
}

const char* subjectOf(MarkKind kind) {
    switch (kind) {
        case MarkKind::Delete:
            return "删除";
        case MarkKind::Insert:
            return "增补";
        case MarkKind::Replace:
            return "改正";
        case MarkKind::Transpose:
            return "对调";
        case MarkKind::Style:
            return "改字体";
        case MarkKind::Query:
            return "疑问";
        case MarkKind::Comment:
            return "批注";
        case MarkKind::Hint:
            return "提示";
    }
    return "批注";
}

AnnotationShape shapeOf(MarkKind kind) {
    switch (kind) {
        case MarkKind::Delete:
        case MarkKind::Replace:
            return AnnotationShape::StrikeOut;
        case MarkKind::Insert:
            return AnnotationShape::Caret;
        case MarkKind::Comment:
            return AnnotationShape::Note;
        case MarkKind::Transpose:
        case MarkKind::Style:
        case MarkKind::Query:
        case MarkKind::Hint:
            return AnnotationShape::Highlight;
    }
    return AnnotationShape::Highlight;
}

// What an automatic check found, as the desk says it (ProofHints.h lists the rules).
std::string ruleDescription(const std::string& rule) {
    if (rule == "unbalanced-bracket") return "引号或括号不成对";
    if (rule == "halfwidth-punctuation") return "中文里用了半角标点";
    if (rule == "doubled-character") return "字词重复";
    if (rule == "latin-width") return "字母或数字用了全角";
    return "自动校对发现的问题";
}

// What the editor is asked to do, in the words of the desk.
std::string contentsOf(const ProofMark& mark) {
    switch (mark.kind) {
        case MarkKind::Delete:
            return "删除" + quoted(mark.text);
        case MarkKind::Insert:
            return mark.correction;
        case MarkKind::Replace:
            return "改为" + quoted(mark.correction) + "（原为" + quoted(mark.text) + "）";
        case MarkKind::Transpose:
            if (mark.pivot > 0 && mark.pivot < mark.text.size()) {
                return "对调" + quoted(mark.text.substr(0, mark.pivot)) + "与" +
                       quoted(mark.text.substr(mark.pivot));
            }
            return "对调" + quoted(mark.text);
        case MarkKind::Style:
            return mark.correction.empty() ? "改字体" : "改" + mark.correction;
        case MarkKind::Query:
            return mark.correction.empty() ? quoted(mark.text) + "有疑问" : mark.correction;
        case MarkKind::Comment:
            return mark.correction;
        case MarkKind::Hint: {
            std::string out = ruleDescription(mark.rule);
            if (!mark.rule.empty()) out += "（" + mark.rule + "）";
            if (!mark.correction.empty()) out += "：建议改为" + quoted(mark.correction);
            return out;
        }
    }
    return mark.correction;
}

bool overlaps(const Rect& a, const Rect& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

// The note icons of the page's comments, each in the margin nearest its text, clear of the others.
class NotePlaces {
public:
    explicit NotePlaces(const PageGrid& grid) : m_grid(grid) {}

    Rect place(const Rect& line) {
        const LayoutUnit size = fromPoints(16), gap = std::max(m_grid.bodySize / 2, LayoutUnit{1});
        const LayoutUnit typeLeft = m_grid.marginLeft;
        const LayoutUnit typeRight = m_grid.marginLeft + m_grid.typeAreaWidth();
        const bool right = typeRight - line.right() <= line.x - typeLeft;
        LayoutUnit x = right ? typeRight + gap : typeLeft - gap - size;
        x = std::clamp(x, LayoutUnit{0}, std::max(LayoutUnit{0}, m_grid.trimWidth - size));
        Rect icon{x, line.y + line.height / 2 - size / 2, size, size};
        // Below the notes already there, as a column of notes down the margin.
        for (bool moved = true; moved;) {
            moved = false;
            for (const Rect& placed : m_placed) {
                if (overlaps(icon, placed)) {
                    icon.y = placed.bottom() + gap / 2;
                    moved = true;
                }
            }
        }
        m_placed.push_back(icon);
        return icon;
    }

private:
    const PageGrid& m_grid;
    std::vector<Rect> m_placed;
};

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

std::vector<ProofAnnotation> proofAnnotations(const PageLayout& page,
                                              const std::vector<ProofMark>& marks) {
    std::vector<ProofAnnotation> out;
    NotePlaces notes(page.grid);
    for (const ProofMark& mark : marks) {
        if (!mark.open()) continue;
        ProofAnnotation a;
        a.shape = shapeOf(mark.kind);
        a.id = mark.id;
        a.subject = subjectOf(mark.kind);
        a.contents = contentsOf(mark);
        a.hint = mark.kind == MarkKind::Hint;
        a.author = a.hint && (mark.author.empty() || mark.author == "auto") ? "自动校对"
                   : mark.author.empty()                                    ? "校对"
                                                                            : mark.author;
        a.created = mark.created;
        switch (a.shape) {
            case AnnotationShape::StrikeOut:
            case AnnotationShape::Highlight:
                a.rects = rangeRects(page, mark.range);
                break;
            case AnnotationShape::Caret:
                if (const auto at = caretRect(page, mark.range.begin)) a.rects = {*at};
                break;
            case AnnotationShape::Note: {
                std::vector<Rect> lines = rangeRects(page, mark.range);
                if (lines.empty()) {
                    if (const auto at = caretRect(page, mark.range.begin)) lines = {*at};
                }
                if (!lines.empty()) a.rects = {notes.place(lines.front())};
                break;
            }
        }
        if (!a.rects.empty()) out.push_back(std::move(a));
    }
    return out;
}

std::string pdfDate(const std::string& iso) {
    // YYYY-MM-DDTHH:MM:SS, then optionally Z or ±HH:MM.
    static constexpr std::size_t digits[] = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18};
    if (iso.size() < 19 || iso[4] != '-' || iso[7] != '-' || (iso[10] != 'T' && iso[10] != ' ') ||
        iso[13] != ':' || iso[16] != ':')
        return {};
    std::string out = "D:";
    for (const std::size_t i : digits) {
        if (!std::isdigit(static_cast<unsigned char>(iso[i]))) return {};
        out += iso[i];
    }
    std::string zone = iso.substr(19);
    if (!zone.empty() && zone[0] == '.') {  // fractions of a second: not in a PDF date
        const std::size_t end = zone.find_first_not_of("0123456789", 1);
        zone = end == std::string::npos ? "" : zone.substr(end);
    }
    if (zone == "Z") return out + "Z";
    if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':')
        return out + zone.substr(0, 3) + "'" + zone.substr(4, 2) + "'";
    return zone.empty() ? out : std::string();
}

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
        dictionary += " /C [" + colour.operands() + "] /F 4 /P " + std::to_string(page) +
                      " 0 R /AP << /N " + std::to_string(appearance) + " 0 R >> >>";
        objects.push_back(pdf.add(std::move(dictionary)));
    }
    return objects;
}

}  // namespace banmian::layout
