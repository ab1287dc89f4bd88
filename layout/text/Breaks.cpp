#include "layout/text/Breaks.h"

#include <algorithm>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include "layout/base/CharClass.h"
#include "layout/base/Utf8.h"
#include "layout/text/Punctuation.h"

namespace banmian::layout {
namespace {

// —— and …… are one mark of two cells and never split (GB/T 15834 §5.1.4, §5.1.5).
bool isDoubledMark(char32_t before, char32_t after) {
    const TypeClass a = classify(before), b = classify(after);
    return a == b && (a == TypeClass::Dash || a == TypeClass::Ellipsis);
}

// UAX #14 treats quotation marks as ambiguous (QU: no break on either side), which suits English;
// ICU's Chinese tailoring frees “ ” but not ‘ ’ nor the corner quotes. In Chinese a line may
// end before any opening mark and after any closing one (clreq §3.1.4) — the filter below still
// keeps what may not start or end a line.
void addBreaksAroundChineseQuotes(std::string_view utf8, std::vector<std::size_t>& candidates) {
    std::vector<std::size_t> extra;
    for (std::size_t pos = 0; pos < utf8.size();) {
        const std::size_t start = pos;
        const char32_t c = utf8::next(utf8, pos);
        const TypeClass type = classify(c);
        if (type == TypeClass::Opening && start > 0) extra.push_back(start);
        if (type == TypeClass::Closing && pos < utf8.size()) extra.push_back(pos);
    }
    if (extra.empty()) return;
    candidates.insert(candidates.end(), extra.begin(), extra.end());
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
}

bool isUrlCharacter(char c) {
    return c > ' ' && c < 0x7F;
}
bool isAlphanumeric(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// UAX #14 keeps a web address whole but for its dashes, and a long one then either leaves the line
// before it spread by several em or is cut anywhere. It may break after a slash (not inside //),
// a dot or the marks that join the parts of a query (Chicago Manual of Style 14.18), never between
// two digits (a version number such as 4.1 stays whole) — and never with a hyphen, which would
// read as part of the address.
void addBreaksInsideAddresses(std::string_view utf8, std::vector<std::size_t>& candidates) {
    std::vector<std::size_t> extra;
    for (std::size_t start = 0; start < utf8.size();) {
        const std::string_view rest = utf8.substr(start);
        if (!rest.starts_with("http://") && !rest.starts_with("https://") &&
            !rest.starts_with("www.")) {
            ++start;
            continue;
        }
        std::size_t end = start;
        while (end < utf8.size() && isUrlCharacter(utf8[end])) ++end;
        for (std::size_t i = start + 1; i + 1 < end; ++i) {
            const char c = utf8[i], next = utf8[i + 1];
            const bool between = std::string_view("/.-_?&=#").find(c) != std::string_view::npos &&
                                 isAlphanumeric(next);
            const bool inANumber = i > 0 && isDigit(static_cast<unsigned char>(utf8[i - 1])) &&
                                   isDigit(static_cast<unsigned char>(next));
            if (between && !inANumber) extra.push_back(i + 1);
        }
        start = end;
    }
    if (extra.empty()) return;
    candidates.insert(candidates.end(), extra.begin(), extra.end());
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
}

}  // namespace

BreakFinder::BreakFinder() {
    UErrorCode status = U_ZERO_ERROR;
    m_iterator.reset(icu::BreakIterator::createLineInstance(icu::Locale("zh@lb=strict"), status));
    if (U_FAILURE(status)) m_iterator.reset();
}

BreakFinder::~BreakFinder() = default;

std::vector<std::size_t> BreakFinder::find(std::string_view utf8) {
    std::vector<std::size_t> breaks;
    if (utf8.empty()) return breaks;
    std::vector<std::size_t> candidates;
    UErrorCode status = U_ZERO_ERROR;
    UText* text = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
    if (m_iterator && U_SUCCESS(status)) {
        m_iterator->setText(text, status);
        for (int32_t p = m_iterator->next(); p != icu::BreakIterator::DONE;
             p = m_iterator->next()) {
            candidates.push_back(static_cast<std::size_t>(p));
        }
    }
    utext_close(text);
    addBreaksAroundChineseQuotes(utf8, candidates);
    addBreaksInsideAddresses(utf8, candidates);
    if (candidates.empty() || candidates.back() != utf8.size()) candidates.push_back(utf8.size());

    for (std::size_t p : candidates) {
        if (p < utf8.size()) {
            std::size_t pos = p;
            const char32_t after = utf8::next(utf8, pos);
            pos = p;
            const char32_t before = utf8::previous(utf8, pos);
            if (mayNotStartLine(after) || mayNotEndLine(before) || isDoubledMark(before, after)) {
                continue;
            }
        }
        breaks.push_back(p);
    }
    return breaks;
}

}  // namespace banmian::layout
