#include "layout/import/TextSimilarity.h"

#include "layout/base/CharClass.h"
#include "layout/base/Utf8.h"

namespace banmian::layout {
namespace {

bool isWordChar(char32_t c) {
    return isHan(c) || isLatinLetter(c) || isDigit(c);
}

}  // namespace

std::unordered_set<std::u32string> characterBigrams(std::string_view text) {
    std::unordered_set<std::u32string> bigrams;
    char32_t previous = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t c = utf8::next(text, pos);
        if (!isWordChar(c)) {
            previous = 0;
            continue;
        }
        if (previous) bigrams.insert(std::u32string{previous, c});
        previous = c;
    }
    return bigrams;
}

std::size_t sharedBigrams(const std::unordered_set<std::u32string>& headlineBigrams,
                          std::string_view text) {
    if (headlineBigrams.empty()) return 0;
    std::size_t shared = 0;
    for (const std::u32string& bigram : characterBigrams(text))
        shared += headlineBigrams.count(bigram);
    return shared;
}

}  // namespace banmian::layout
