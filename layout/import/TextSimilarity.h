#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace banmian::layout {

/// The distinct pairs of adjacent word characters (Han, Latin, digits) in a text. Chinese has no
/// spaces to find words by; character bigrams are how Chinese text retrieval compares texts.
std::unordered_set<std::u32string> characterBigrams(std::string_view text);

/// How many of `headlineBigrams` occur in `text`: how much a paragraph speaks of a headline.
std::size_t sharedBigrams(const std::unordered_set<std::u32string>& headlineBigrams,
                          std::string_view text);

}  // namespace banmian::layout
