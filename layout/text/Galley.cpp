#include "layout/text/Galley.h"

namespace banmian::layout {

Galley typesetGalley(const std::vector<Story>& stories, Typesetter& typesetter,
                     const ParagraphStyle& style, LayoutUnit width) {
    Galley galley;
    galley.width = width;
    const ConstantLineWidth column(width);
    for (std::size_t s = 0; s < stories.size(); ++s) {
        for (const std::string& text : stories[s].paragraphs) {
            galley.paragraphs.push_back({s, text, typesetter.typeset(text, style, column)});
        }
    }
    return galley;
}

}  // namespace banmian::layout
