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
    /// patterns (compound names still break between their parts).
    explicit Hyphenator(const std::string& dictionary = "/usr/share/hyphen/hyph_en_US.dic");

    bool available() const { return patterns() != nullptr; }

    /// For a word of letters, one flag per byte: true where a break (with a hyphen) may come
    /// before it. A compound name breaks only between its parts, each of two letters at least
    /// (Chat|GPT, Open|AI, Sense|Chat; iPhone not at all); an ordinary word where the patterns
    /// say, as many letters as they ask staying on each side (two before, three after, for
    /// English); an acronym (AIGC), or anything holding other than letters, nowhere.
    std::vector<bool> breakPoints(std::string_view word) const;

    /// A word the English patterns are for: small letters, the first perhaps a capital
    /// (typesetting, Information) — not an acronym (NASA) nor a compound name (OpenAI, iPhone).
    static bool isOrdinaryWord(std::string_view word);

private:
    const HyphenationPatterns* patterns() const { return m_patterns.get().get(); }

    std::shared_future<std::shared_ptr<const HyphenationPatterns>> m_patterns;
};

}  // namespace banmian::layout
