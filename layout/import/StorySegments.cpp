#include "layout/import/StorySegments.h"

#include "layout/base/CharClass.h"
#include "layout/base/Utf8.h"
#include "layout/import/BylineParser.h"

namespace banmian::layout {
namespace {

// 引题, 主题, 副题: a head has at most three lines.
constexpr std::size_t kMaxHeadLines = 3;

// Cross-heads (小标题) are numbered: 一、 （二） 3.
bool isNumberedCrossHead(const std::string& text) {
    std::size_t pos = 0;
    char32_t c = utf8::next(text, pos);
    const bool bracketed = c == U'（' || c == U'(';
    if (bracketed && pos < text.size()) c = utf8::next(text, pos);
    const std::u32string_view numerals = U"一二三四五六七八九十";
    if (numerals.find(c) == std::u32string_view::npos && !isDigit(c)) return false;
    while (pos < text.size()) {
        c = utf8::next(text, pos);
        if (numerals.find(c) != std::u32string_view::npos || isDigit(c)) continue;
        return bracketed ? (c == U'）' || c == U')') : (c == U'、' || c == U'.' || c == U'．');
    }
    return false;
}

// A headline line: short, no full stop, not a bracketed note such as （下转第2版）. A line that
// ends with ！ or ？ is a headline only right above its credit line or another headline line.
bool isHeadlineLine(const TextUnit& unit, const TextUnit* next) {
    const std::string& text = unit.text;
    if (isBodyText(text)) return false;
    const char32_t first = utf8::first(text), last = utf8::last(text);
    if ((first == U'（' || first == U'(') && (last == U'）' || last == U')')) return false;
    if (isPauseMark(last) || isOpeningMark(last)) return false;
    if (isSentenceEnd(lastMeaningfulChar(text))) {
        return next && (parseBylineLine(next->text) || !isBodyText(next->text));
    }
    return true;
}

}  // namespace

int StorySegment::firstLine() const {
    int line = 0;
    if (!titles.empty())
        line = titles.front().firstLine;
    else if (bylineLine)
        line = bylineLine;
    else if (!paragraphs.empty())
        line = paragraphs.front().firstLine;
    return line;
}

std::string StorySegment::titleText() const {
    std::string text;
    for (const TextUnit& title : titles) text += (text.empty() ? "" : " ") + title.text;
    return text;
}

std::vector<StorySegment> segmentStories(const std::vector<TextUnit>& units,
                                         std::vector<Diagnostic>& warnings) {
    std::vector<StorySegment> segments;
    auto current = [&]() -> StorySegment* { return segments.empty() ? nullptr : &segments.back(); };

    for (std::size_t i = 0; i < units.size(); ++i) {
        const TextUnit& unit = units[i];
        const TextUnit* next = i + 1 < units.size() ? &units[i + 1] : nullptr;
        StorySegment* segment = current();

        if (auto credit = parseBylineLine(unit.text)) {
            if (!segment || !segment->paragraphs.empty() || !segment->hasHead()) {
                segments.emplace_back();
                segment = current();
                warnings.push_back({unit.firstLine,
                                    "credit line “" + unit.text + "” has no headline above it"});
            }
            for (const std::string& doubt : credit->doubts)
                warnings.push_back({unit.firstLine, doubt});
            if (segment->bylineLine == 0) segment->bylineLine = unit.firstLine;
            segment->bylines.insert(segment->bylines.end(), credit->bylines.begin(),
                                    credit->bylines.end());
            continue;
        }

        if (isHeadlineLine(unit, next)) {
            if (segment && !segment->paragraphs.empty() && isNumberedCrossHead(unit.text)) {
                warnings.push_back({unit.firstLine, "“" + unit.text +
                                                            "” taken as a cross-head (小标题) "
                                                            "inside the story above"});
                segment->paragraphs.push_back(unit);
                continue;
            }
            const bool extendsHead = segment && segment->paragraphs.empty() &&
                                     segment->bylines.empty() && !segment->titles.empty() &&
                                     segment->titles.size() < kMaxHeadLines;
            if (!extendsHead) segments.emplace_back();
            current()->titles.push_back(unit);
            continue;
        }

        if (!segment) segments.emplace_back();
        current()->paragraphs.push_back(unit);
    }
    return segments;
}

}  // namespace banmian::layout
