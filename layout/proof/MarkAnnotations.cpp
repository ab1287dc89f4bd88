#include "layout/proof/MarkAnnotations.h"

#include <algorithm>

#include "layout/output/TextOnPage.h"
#include "layout/proof/MarkWords.h"

namespace banmian::layout {
namespace {

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
        a.subject = markSubject(mark.kind);
        a.contents = markRequest(mark);
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

}  // namespace banmian::layout
