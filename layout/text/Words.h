#pragma once

#include <cstddef>
#include <string_view>
#include <utility>

namespace banmian::layout {

/// The word of `text` at byte `offset`, as [begin, end) bytes: what a double-click selects. Chinese
/// words are found by ICU's dictionary (技能人才 → 技能 | 人才), Latin words and numbers whole; a
/// punctuation mark or space is a word of its own.
std::pair<std::size_t, std::size_t> wordAt(std::string_view text, std::size_t offset);

}  // namespace banmian::layout
