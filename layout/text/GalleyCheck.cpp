#include "layout/text/GalleyCheck.h"

#include <algorithm>

#include "layout/base/CharClass.h"
#include "layout/base/Utf8.h"
#include "layout/text/Punctuation.h"

namespace banmian::layout {
namespace {

std::string lineText(const GalleyParagraph& p, const TypesetLine& line) {
    return p.text.substr(line.textBegin, line.textEnd - line.textBegin);
}

std::string trimmedEnd(std::string text) {
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text;
}

std::size_t characters(const std::string& text) {
    std::size_t count = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const TypeClass type = classify(utf8::next(text, pos));
        count += type == TypeClass::Ideograph || type == TypeClass::Latin ||
                 type == TypeClass::Other;
    }
    return count;
}

void checkJoin(const std::string& before, const std::string& after, bool hyphenated,
               std::size_t paragraph, std::size_t line, std::vector<RuleBreach>& breaches) {
    const char32_t end = utf8::last(trimmedEnd(before)), start = utf8::first(after);
    auto breach = [&](std::string rule) { breaches.push_back({paragraph, line, std::move(rule)}); };
    if (mayNotStartLine(start))
        breach("line starts with “" + std::string(utf8::prefix(after, 1)) + "”");
    if (mayNotEndLine(end))
        breach("line ends with “" + std::string(utf8::suffix(trimmedEnd(before), 1)) + "”");
    if (classify(end) == TypeClass::Dash && classify(start) == TypeClass::Dash) breach("—— split");
    if (classify(end) == TypeClass::Ellipsis && classify(start) == TypeClass::Ellipsis)
        breach("…… split");
    if (isDigit(end) && isDigit(start)) breach("number split");
    const bool wordGoesOn = isLatinLetter(end) && before.back() != ' ';
    if (wordGoesOn && isLatinLetter(start) && !hyphenated) breach("word split without a hyphen");
}

}  // namespace

GalleyQuality checkGalley(const Galley& galley, LayoutUnit em) {
    GalleyQuality q;
    q.paragraphs = galley.paragraphs.size();
    for (std::size_t p = 0; p < galley.paragraphs.size(); ++p) {
        const GalleyParagraph& paragraph = galley.paragraphs[p];
        const auto& lines = paragraph.typeset.lines;
        q.lines += lines.size();
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const TypesetLine& line = lines[i];
            q.overfull += line.overfull;
            q.hyphenatedLines += line.hyphenated;
            const LayoutUnit added = line.setWidth - line.natural;
            if (!line.last) {
                q.ragged += line.setWidth != line.width;
                if (added >= em / 2) ++q.looseLines;
                if (added >= 2 * em) ++q.veryLooseLines;
                q.maxStretch = std::max(q.maxStretch, added);
            }
            if (added < 0) {
                ++q.squeezedLines;
                q.maxSqueeze = std::max(q.maxSqueeze, -added);
            }
            if (i + 1 < lines.size()) {
                checkJoin(lineText(paragraph, line), lineText(paragraph, lines[i + 1]),
                          line.hyphenated, p, i + 1, q.breaches);
            }
        }
        if (lines.size() >= 2 && characters(lineText(paragraph, lines.back())) == 1) {
            ++q.loneLastCharacters;
            q.breaches.push_back({p, lines.size() - 1, "lone last character"});
        }
    }
    return q;
}

}  // namespace banmian::layout
