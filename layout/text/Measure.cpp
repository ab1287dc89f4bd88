#include "layout/text/Measure.h"

#include <algorithm>

#include "layout/base/CharClass.h"
#include "layout/base/Utf8.h"

namespace banmian::layout {
namespace {

bool isLetterOrDigit(char32_t c) {
    return isLatinLetter(c) || isDigit(c) || (c >= 0xC0 && c <= 0x24F);
}

// Text that must not be spread apart: a word, a number, —— or …….
bool holdsTogether(TypeClass a, TypeClass b) {
    return (a == TypeClass::Latin && b == TypeClass::Latin) ||
           (a == b && (a == TypeClass::Dash || a == TypeClass::Ellipsis));
}

// Two marks that meet: the blank between their inks loses half an em (clreq §3.1.6.2).
void trimBetween(Cluster& a, Cluster& b) {
    if (b.blankLeft > b.trimLeft) {
        b.trimLeft = b.blankLeft;
    } else if (a.blankRight > a.trimRight) {
        a.trimRight = a.blankRight;
    }
}

// Whether the letters of text [begin, end) touch other ASCII text — a digit, a dot, a slash, a
// colon, a dash — other than a mark of punctuation ending them (typesetting.): then they are a
// piece of a code, a model's name or an address rather than a word.
bool isInACode(std::string_view text, std::size_t begin, std::size_t end) {
    const auto isAsciiMark = [](char c) { return c > ' ' && c < 0x7F; };
    if (begin > 0 && isAsciiMark(text[begin - 1]) &&
        std::string_view("(\"'").find(text[begin - 1]) == std::string_view::npos) {
        return true;
    }
    if (end >= text.size() || !isAsciiMark(text[end])) return false;
    const bool lastOfTheRun = end + 1 >= text.size() || !isAsciiMark(text[end + 1]);
    return !(lastOfTheRun &&
             std::string_view(",.;:!?)'\"").find(text[end]) != std::string_view::npos);
}

// Marks where each Latin word of the paragraph may take a hyphen.
void findHyphenationPoints(std::string_view text, std::vector<Cluster>& clusters,
                           const Hyphenator& hyphenator) {
    for (std::size_t a = 0; a < clusters.size();) {
        if (!clusters[a].wordLetter) {
            ++a;
            continue;
        }
        std::size_t b = a + 1;
        while (b < clusters.size() && clusters[b].wordLetter && clusters[b - 1].joinsNext) ++b;
        const std::size_t wordBegin = clusters[a].textBegin;
        const std::string_view word = text.substr(wordBegin, clusters[b - 1].textEnd - wordBegin);
        // Touching a digit, a dot or a slash, the letters are part of a code, a model's name or
        // an address (GPT-4o, www.example.com), which a hyphen would misspell.
        if (isInACode(text, wordBegin, clusters[b - 1].textEnd)) {
            a = b;
            continue;
        }
        const std::vector<bool> points = hyphenator.breakPoints(word);
        for (std::size_t k = a + 1; k < b; ++k) {
            const std::size_t offset = clusters[k].textBegin - wordBegin;
            clusters[k].hyphenBefore = offset < points.size() && points[offset];
        }
        const bool plain = b - a >= 5 && Hyphenator::isOrdinaryWord(word);
        for (std::size_t k = a; k < b; ++k) clusters[k].plainWordLetter = plain;
        a = b;
    }
}

}  // namespace

MeasuredParagraph measureParagraph(std::string_view text, std::span<const ClusterInput> clusters,
                                   std::span<const std::size_t> breaks, const MeasureStyle& style) {
    MeasuredParagraph paragraph;
    paragraph.em = style.em;
    paragraph.clusters.reserve(clusters.size());
    const LayoutUnit quarter = style.em / 4;
    std::vector<char32_t> firstChars;
    firstChars.reserve(clusters.size());

    std::size_t nextBreak = 0;
    for (const ClusterInput& input : clusters) {
        Cluster c;
        c.textBegin = input.textBegin;
        c.textEnd = input.textEnd;
        c.glyphBegin = input.glyphBegin;
        c.glyphEnd = input.glyphEnd;
        c.advance = input.advance;
        std::size_t pos = input.textBegin;
        const char32_t first = input.solid                     ? U'〇'
                               : input.textBegin < text.size() ? utf8::next(text, pos)
                                                               : 0;
        firstChars.push_back(first);
        c.type = classify(first);
        c.wordLetter = c.type == TypeClass::Latin && isLatinLetter(first);
        // Only a mark the font sets a full em wide has blank halves to give; a proportional
        // (Latin-style) quote has none.
        if (isCompressible(c.type) && c.advance * 10 >= style.em * 9) {
            const BlankSides sides = blankSides(c.type, style.language);
            c.blankLeft = sides.leftQuarters * quarter;
            c.blankRight = sides.rightQuarters * quarter;
            c.blanksAtLineEndOnly = isCentredMark(c.type, style.language);
        }
        while (nextBreak < breaks.size() && breaks[nextBreak] < c.textEnd) ++nextBreak;
        c.breakAfter = nextBreak < breaks.size() && breaks[nextBreak] == c.textEnd;
        paragraph.clusters.push_back(c);
    }

    for (std::size_t i = 1; i < paragraph.clusters.size(); ++i) {
        Cluster& a = paragraph.clusters[i - 1];
        Cluster& b = paragraph.clusters[i];
        a.joinsNext = holdsTogether(a.type, b.type);
        // Taiwan and Hong Kong set a centred ，。 a full em beside 「」 (no ，「 or 」？ squeeze as
        // GB's 2 em → 1.5 em); brackets that meet each other still hug (clreq §3.1.6.2).
        if (isCompressible(a.type) && isCompressible(b.type) && !a.blanksAtLineEndOnly &&
            !b.blanksAtLineEndOnly) {
            trimBetween(a, b);
        }
        const bool hanThenLatin = a.type == TypeClass::Ideograph && isLetterOrDigit(firstChars[i]);
        const bool latinThenHan =
                isLetterOrDigit(firstChars[i - 1]) && b.type == TypeClass::Ideograph;
        if (style.hanLatinSpace && (hanThenLatin || latinThenHan)) b.spaceBefore = quarter;
    }
    if (!paragraph.clusters.empty()) paragraph.clusters.back().breakAfter = true;
    if (style.hyphenator) findHyphenationPoints(text, paragraph.clusters, *style.hyphenator);
    return paragraph;
}

}  // namespace banmian::layout
