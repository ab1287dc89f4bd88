#pragma once

#include <set>
#include <string>
#include <string_view>

namespace banmian::layout {

/// The words of a text that say what it is about, by ICU's word boundaries (Chinese by its
/// dictionary: 集中销毁 → 集中 | 销毁): no punctuation or spaces, and no word of one character —
/// in Chinese mostly function words (的, 在, 了), which every text shares. Latin letters in lower
/// case. What a photo's caption is matched to its story by.
std::set<std::string> contentWords(std::string_view text);

}  // namespace banmian::layout
