#pragma once

#include <string>
#include <vector>

#include "layout/base/Diagnostic.h"
#include "layout/import/SourceLines.h"

namespace banmian::layout {

/// A line of text from the file, or several lines joined where a column break had cut a paragraph.
struct TextUnit {
    int firstLine = 0;
    int lastLine = 0;
    std::string text;
};

/// Turns the non-blank lines into units, joining a paragraph that a column break cut in two: a
/// fragment that cannot end a paragraph (no full stop, a comma at its end, a number cut before its
/// unit as in “6月26” + “日”) and the rest that follows it, blank line or not. Each join is
/// reported in `repairs`; a join whose spacing cannot be known (between Latin letters) also in
/// `warnings`.
std::vector<TextUnit> joinColumnBreaks(const std::vector<SourceLine>& lines,
                                       std::vector<Diagnostic>& repairs,
                                       std::vector<Diagnostic>& warnings);

/// True when `text` reads as body text rather than a headline: long, or holding a full stop.
bool isBodyText(const std::string& text);

/// The last character that decides whether `text` may end a paragraph: closing quotes and
/// brackets are looked through (……风采！” ends a sentence).
char32_t lastMeaningfulChar(const std::string& text);

/// The longest line still taken for a headline, in characters.
constexpr std::size_t kMaxHeadlineChars = 40;

}  // namespace banmian::layout
