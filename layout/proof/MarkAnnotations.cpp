#include "layout/proof/MarkAnnotations.h"

#include <algorithm>

#include "layout/output/TextOnPage.h"

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

}  // namespace

std::string annotationContents(const ProofMark& mark) {
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

namespace {

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
        a.subject = subjectOf(mark.kind);
        a.contents = annotationContents(mark);
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
