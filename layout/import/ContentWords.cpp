#include "layout/import/ContentWords.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

#include "layout/base/Utf8.h"

namespace banmian::layout {

std::set<std::string> contentWords(std::string_view text) {
    std::set<std::string> words;
    if (text.empty()) return words;
    UErrorCode status = U_ZERO_ERROR;
    // UTF-8 read in place: the iterator's boundaries are byte offsets.
    std::unique_ptr<UText, decltype(&utext_close)> utext(
            utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status),
            utext_close);
    std::unique_ptr<icu::BreakIterator> iterator(
            icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
    if (U_FAILURE(status) || !iterator) return words;
    iterator->setText(utext.get(), status);
    if (U_FAILURE(status)) return words;
    int32_t begin = iterator->first();
    for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE;
         begin = end, end = iterator->next()) {
        // Spaces and punctuation have the status "none" (UAX #29 as ICU tags it).
        if (iterator->getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;
        std::string word(text.substr(static_cast<std::size_t>(begin),
                                     static_cast<std::size_t>(end - begin)));
        if (!utf8::longerThan(word, 1)) continue;
        for (char& c : word) {
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        }
        words.insert(std::move(word));
    }
    return words;
}

}  // namespace banmian::layout
