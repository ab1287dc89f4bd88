#include "layout/flow/BodyPieces.h"

namespace banmian::layout {

std::vector<BodyPiece> bodyPieces(const Story& story, const Jump& jump) {
    std::vector<BodyPiece> pieces;
    const bool continued = jump.continuedFrom > 0;
    const std::size_t firstParagraph = continued ? jump.start.paragraph : 0;
    for (std::size_t p = firstParagraph; p < story.paragraphs.size(); ++p) {
        const std::string& text = story.paragraphs[p];
        const std::size_t offset = continued && p == firstParagraph ? jump.start.offset : 0;
        // A start past its paragraph (the story edited since the edition reckoned it) sets from
        // the next: never text twice.
        if (offset >= text.size() && offset > 0) continue;
        pieces.push_back({p, offset, std::string_view(text).substr(offset), offset == 0});
    }
    return pieces;
}

TypesetLine inParagraph(TypesetLine line, std::size_t offset) {
    if (offset == 0) return line;
    const auto shift = static_cast<std::uint32_t>(offset);
    line.textBegin += offset;
    line.textEnd += offset;
    for (GlyphRun& run : line.runs) {
        for (std::uint32_t& b : run.textBegin) b += shift;
        for (std::uint32_t& e : run.textEnd) e += shift;
    }
    return line;
}

TextPlace endOfBody(const Story& story) {
    if (story.paragraphs.empty()) return {story.id, StoryField::Body, 0, 0};
    return {story.id, StoryField::Body, story.paragraphs.size() - 1,
            story.paragraphs.back().size()};
}

}  // namespace banmian::layout
