#include "layout/import/ColumnBreaks.h"

#include "layout/base/CharClass.h"
#include "layout/base/Utf8.h"
#include "layout/import/BylineParser.h"

namespace banmian::layout {
namespace {

// What follows a number inside one word: dates, counts, measures (6月26|日, 800|余公斤, 50|%).
bool continuesNumber(char32_t c) {
    return isDigit(c) ||
           std::u32string_view(U"年月日号时点分秒届期次万亿千百余多个名家项枚场位岁元角%％‰.．·:：")
                           .find(c) != std::u32string_view::npos;
}

bool isCreditLine(const std::string& text) {
    return parseBylineLine(text).has_value();
}

// Words a sentence goes on after but a headline does not end with: prepositions, conjunctions,
// the particle 的 (……角逐，以|“一技在手”……).
bool isContinuingWord(char32_t c) {
    return std::u32string_view(U"以的和与及在对把被将为从向由于让使给跟同并而或且").find(c) !=
           std::u32string_view::npos;
}

constexpr std::size_t kLongHeadlineChars = 20;

// A short line between paragraphs may be a sidebar's title or a fragment of the text around it.
// It is a fragment when it reads like part of a sentence: a comma inside, a last word that leads
// on, more length than a headline usually has — two of the three.
bool readsAsFragment(const std::string& text) {
    const bool comma = text.find("，") != std::string::npos || text.find("；") != std::string::npos;
    const bool leadsOn = isContinuingWord(utf8::last(text));
    const bool long_ = utf8::longerThan(text, kLongHeadlineChars);
    return comma + leadsOn + long_ >= 2;
}

// A column break cut `a` from `b` when `a` cannot end a paragraph and `b` goes on with it.
// `amidText`: `a` follows body text, so it is no story's first headline. `aIsBody`: `a` is known
// to be body text (it was itself joined from a cut).
bool isCut(const std::string& a, const std::string& b, bool amidText, bool aIsBody) {
    if (isCreditLine(a) || isCreditLine(b)) return false;
    const char32_t end = lastMeaningfulChar(a);
    const char32_t tail = utf8::last(a);
    const char32_t head = utf8::first(b);
    if (isSentenceEnd(end) || end == U'：' || end == U':') return false;
    // A paragraph never starts with these (clreq §3.1.7: they cannot start a line at all).
    if (isClosingMark(head) || isPauseMark(head) || isSentenceEnd(head)) return true;
    // …nor ends with a pause mark or an opening bracket.
    if (isPauseMark(tail) || isOpeningMark(tail)) return true;
    if (isDigit(tail) && continuesNumber(head)) return true;
    if (isLatinLetter(tail) && head >= U'a' && head <= U'z') return true;
    // Body text without a full stop at its end was cut; a short line may be a headline.
    if (aIsBody || isBodyText(a)) return true;
    return amidText && isBodyText(b) && readsAsFragment(a);
}

}  // namespace

char32_t lastMeaningfulChar(const std::string& text) {
    std::size_t pos = text.size();
    while (pos > 0) {
        const char32_t c = utf8::previous(text, pos);
        if (!isClosingMark(c)) return c;
    }
    return 0;
}

bool isBodyText(const std::string& text) {
    // Bounded: a unit grows with every join, and this is asked after each one.
    return utf8::longerThan(text, kMaxHeadlineChars) || text.find("。") != std::string::npos;
}

std::vector<TextUnit> joinColumnBreaks(const std::vector<SourceLine>& lines,
                                       std::vector<Diagnostic>& repairs,
                                       std::vector<Diagnostic>& warnings) {
    std::vector<TextUnit> units;
    for (const SourceLine& line : lines) {
        if (line.text.empty()) continue;
        const bool amidText = units.size() >= 2 && isBodyText(units[units.size() - 2].text);
        if (!units.empty() && isCut(units.back().text, line.text, amidText,
                                    units.back().lastLine != units.back().firstLine)) {
            TextUnit& cut = units.back();
            if (isLatinLetter(utf8::last(cut.text)) && isLatinLetter(utf8::first(line.text))) {
                warnings.push_back(
                        {line.number,
                         "joined “" + std::string(utf8::suffix(cut.text, 12)) + "” and “" +
                                 std::string(utf8::prefix(line.text, 12)) +
                                 "” without a space across a column break; check the word"});
            }
            repairs.push_back(
                    {cut.lastLine, "joined the paragraph cut by a column break with line " +
                                           std::to_string(line.number)});
            cut.text += line.text;
            cut.lastLine = line.number;
            continue;
        }
        units.push_back({line.number, line.number, line.text});
    }
    return units;
}

}  // namespace banmian::layout
