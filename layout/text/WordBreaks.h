#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace banmian::layout {

/// What a line break at one place of a text splits, from worst to best for a headline.
enum class WordBreak {
    InsideWord,    ///< inside a word: 走访活 / 动, 代表 / 队, 喜 / 报
    BetweenWords,  ///< between two words of one phrase: 代表队 / 斩获
    AfterPhrase,   ///< after a pause mark (，、：；！？。) or a space: 活动， / 并慰问
};

/// What a line that ends where the next starts at byte `offset` of `text` splits. Chinese words
/// are found by ICU's dictionary, which leaves a word it does not know as single characters (喜|报,
/// 铜|奖) and a bound morpheme as a word of its own (代表|队, 大|模型, 老|党员): a break between
/// two single characters, before a suffix or after a prefix is taken as inside a word. Latin words
/// and numbers are whole words.
WordBreak wordBreakAt(std::string_view text, std::size_t offset);

/// The kinds of the breaks before each of `offsets` (ascending byte offsets into `text`), with
/// one word segmentation of the text: what line breaking asks of every break opportunity.
std::vector<WordBreak> wordBreaksAt(std::string_view text, const std::vector<std::size_t>& offsets);

/// The line starts of a set text (byte offsets of each line's first character, the first line's
/// included or not) whose break falls inside a word: what a page's quality measure counts.
std::vector<std::size_t> breaksInsideWords(std::string_view text,
                                           const std::vector<std::size_t>& lineStarts);

/// Whether any line of a set text (`lineStarts` as above) starts inside a word.
bool breaksInsideWord(std::string_view text, const std::vector<std::size_t>& lineStarts);

}  // namespace banmian::layout
