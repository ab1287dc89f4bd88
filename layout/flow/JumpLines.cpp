#include "layout/flow/JumpLines.h"

namespace banmian::layout {

// Full-width brackets and the page written as 第N版, as Chinese papers print jump lines.
std::string continuedOnLine(int page) {
    return "（下转第" + std::to_string(page) + "版）";
}

std::string continuedFromLine(int page) {
    return "（上接第" + std::to_string(page) + "版）";
}

ParagraphStyle jumpLineStyle(const FlowStyles& styles, const ParagraphStyle& body,
                             Alignment alignment) {
    ParagraphStyle style = styles.jump.value_or(body);
    style.vertical = body.vertical;
    style.indentEms = 0;
    style.composition.justify = false;
    style.alignment = alignment;
    return style;
}

}  // namespace banmian::layout
