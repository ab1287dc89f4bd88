#include "layout/text/WordBreaks.h"

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "layout/base/CharClass.h"
#include "layout/base/Utf8.h"
#include "layout/text/Punctuation.h"

namespace banmian::layout {
namespace {

// Bound morphemes that ICU's dictionary leaves as words of their own when it does not know the
// compound they end (徐汇|区, 代表|队, 十|余|场) or begin (老|党员, 大|模型, 第|一): a headline
// keeps them with their word. Simplified and traditional forms.
constexpr std::u32string_view kSuffixes =
        U"区市县省镇乡村街路队员长者家手性化式型场会节奖赛站局处厅院部委所馆校业界类率度品"
        U"量费期届年月日号次个项名位种批条件台辆元万亿岁们后前里上下内外间时中"
        U"區縣鄉鎮隊員長場會節獎賽處廳館業類費屆號個項種條輛萬億歲們後裡間時";
constexpr std::u32string_view kPrefixes =
        U"老小第副总新超非反各每全本该首初大高低一二三四五六七八九十百千两几数多"
        U"總該兩幾數";

bool isSuffix(char32_t c) {
    return kSuffixes.find(c) != std::u32string_view::npos;
}
bool isPrefix(char32_t c) {
    return kPrefixes.find(c) != std::u32string_view::npos;
}

// A mark after which a headline reads as two phrases (a pause or a stop), the ASCII ones too.
bool endsPhrase(char32_t c) {
    const TypeClass type = classify(c);
    return type == TypeClass::Stop || type == TypeClass::Pause ||
           std::u32string_view(U",;:!?").find(c) != std::u32string_view::npos;
}

bool isSpaceCharacter(char32_t c) {
    return c == U' ' || c == U'\u3000' || c == U'\t';
}

// After a pause mark, a stop or a space — closing marks after them included (“好！”|) — the
// reader pauses: a line may end there as a phrase does.
bool afterPhrase(std::string_view text, std::size_t offset) {
    std::size_t pos = offset;
    while (pos > 0) {
        const char32_t c = utf8::previous(text, pos);
        if (isSpaceCharacter(c) || endsPhrase(c)) return true;
        if (classify(c) != TypeClass::Closing) return false;
    }
    return false;
}

// ICU's word boundaries of `text` (dictionary segmentation for Chinese), byte offsets with 0 and
// the end. One iterator a thread: its rules take a while to load.
std::vector<std::size_t> segment(std::string_view text) {
    thread_local std::unique_ptr<icu::BreakIterator> words = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> iterator(
                icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
        return U_SUCCESS(status) ? std::move(iterator) : nullptr;
    }();
    std::vector<std::size_t> boundaries{0};
    if (text.empty() || !words) {
        boundaries.push_back(text.size());
        return boundaries;
    }
    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    words->setText(utext, status);
    if (U_SUCCESS(status)) {
        for (int32_t p = words->next(); p != icu::BreakIterator::DONE; p = words->next())
            boundaries.push_back(static_cast<std::size_t>(p));
    }
    utext_close(utext);
    if (boundaries.back() != text.size()) boundaries.push_back(text.size());
    return boundaries;
}

// segment(), remembered: a drag re-fits every headline, asking of the same few texts again.
const std::vector<std::size_t>& wordBoundaries(std::string_view text) {
    constexpr std::size_t kRemembered = 512;
    thread_local std::unordered_map<std::string, std::vector<std::size_t>> remembered;
    std::string key(text);
    if (const auto it = remembered.find(key); it != remembered.end()) return it->second;
    if (remembered.size() >= kRemembered) remembered.clear();
    return remembered.emplace(std::move(key), segment(text)).first->second;
}

// The one Han character that `segment` is, or 0.
char32_t singleHan(std::string_view segment) {
    if (segment.empty()) return 0;
    std::size_t pos = 0;
    const char32_t c = utf8::next(segment, pos);
    return pos == segment.size() && isHan(c) ? c : 0;
}

WordBreak classifyBreak(std::string_view text, const std::vector<std::size_t>& boundaries,
                        std::size_t offset) {
    if (offset == 0 || offset >= text.size()) return WordBreak::AfterPhrase;
    if (afterPhrase(text, offset)) return WordBreak::AfterPhrase;
    const auto at = std::lower_bound(boundaries.begin(), boundaries.end(), offset);
    if (at == boundaries.end() || *at != offset) return WordBreak::InsideWord;
    const std::string_view before = text.substr(*(at - 1), offset - *(at - 1));
    const std::string_view after = text.substr(offset, *(at + 1) - offset);
    const char32_t lastAlone = singleHan(before), nextAlone = singleHan(after);
    if (lastAlone && nextAlone) return WordBreak::InsideWord;  // a word the dictionary lacks
    if (nextAlone && isSuffix(nextAlone) && !before.empty()) return WordBreak::InsideWord;
    if (lastAlone && isPrefix(lastAlone)) return WordBreak::InsideWord;
    return WordBreak::BetweenWords;
}

}  // namespace

WordBreak wordBreakAt(std::string_view text, std::size_t offset) {
    return classifyBreak(text, wordBoundaries(text), offset);
}

std::vector<WordBreak> wordBreaksAt(std::string_view text,
                                    const std::vector<std::size_t>& offsets) {
    const std::vector<std::size_t>& boundaries = wordBoundaries(text);
    std::vector<WordBreak> kinds;
    kinds.reserve(offsets.size());
    for (std::size_t offset : offsets) kinds.push_back(classifyBreak(text, boundaries, offset));
    return kinds;
}

std::vector<std::size_t> breaksInsideWords(std::string_view text,
                                           const std::vector<std::size_t>& lineStarts) {
    const std::vector<WordBreak> kinds = wordBreaksAt(text, lineStarts);
    std::vector<std::size_t> inside;
    for (std::size_t i = 0; i < lineStarts.size(); ++i) {
        if (kinds[i] == WordBreak::InsideWord) inside.push_back(lineStarts[i]);
    }
    return inside;
}

bool breaksInsideWord(std::string_view text, const std::vector<std::size_t>& lineStarts) {
    return !breaksInsideWords(text, lineStarts).empty();
}

}  // namespace banmian::layout
