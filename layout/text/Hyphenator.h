#pragma once

#include <future>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace banmian::layout {

struct HyphenationPatterns;

/// Where an English word may take a hyphen, by Liang's algorithm over the TeX-derived patterns of
/// Debian's hyphen-en-us (hyph_en_US.dic). Chinese text breaks anywhere; only the Latin words
/// inside it need this, and only when a line would otherwise be left loose.
///
/// The patterns are read once per process, on another thread, from the moment the first
/// Hyphenator asks for them; every Hyphenator of the same file shares them, until the process
/// ends.
class Hyphenator {
public:
    /// Starts reading the patterns at `dictionary`; without them no word is hyphenated by the
    /// patterns (compound names still break at their capitals).
    explicit Hyphenator(const std::string& dictionary = "/usr/share/hyphen/hyph_en_US.dic");

    bool available() const { return patterns() != nullptr; }

    /// For an ASCII word, one flag per letter: true where a break (with a hyphen) may come before
    /// it. As many letters as the patterns ask stay on each side (two before, three after, for
    /// English); inside an all-capital word (AIGC) nothing.
    std::vector<bool> breakPoints(std::string_view word) const;

private:
    const HyphenationPatterns* patterns() const { return m_patterns.get().get(); }

    std::shared_future<std::shared_ptr<const HyphenationPatterns>> m_patterns;
};

}  // namespace banmian::layout
