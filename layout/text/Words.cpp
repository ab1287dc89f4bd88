#include "layout/text/Words.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

namespace banmian::layout {

std::pair<std::size_t, std::size_t> wordAt(std::string_view text, std::size_t offset) {
    if (text.empty()) return {0, 0};
    if (offset >= text.size()) offset = text.size() - 1;
    UErrorCode status = U_ZERO_ERROR;
    // UTF-8 text read in place: the iterator's indexes are byte offsets.
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    std::unique_ptr<icu::BreakIterator> words(
            icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
    if (U_FAILURE(status) || !words) {
        utext_close(utext);
        return {offset, offset};
    }
    words->setText(utext, status);
    const int32_t at = static_cast<int32_t>(offset);
    int32_t end = words->following(at);
    int32_t begin = words->preceding(end);
    if (end == icu::BreakIterator::DONE) end = static_cast<int32_t>(text.size());
    if (begin == icu::BreakIterator::DONE) begin = 0;
    utext_close(utext);
    return {static_cast<std::size_t>(begin), static_cast<std::size_t>(end)};
}

}  // namespace banmian::layout
