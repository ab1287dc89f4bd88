#pragma once

#include <string_view>
#include <vector>

struct _HyphenDict;

namespace banmian::layout {

/// Where an English word may take a hyphen, from the TeX-derived patterns of Debian's hyphen-en-us
/// (read with libhyphen), loaded once. Chinese text breaks anywhere; only the Latin words inside
/// it need this, and only when a line would otherwise be left loose.
class Hyphenator {
public:
    /// The patterns at `dictionary`, read when the first word asks (most Chinese paragraphs never
    /// do); without them no word is hyphenated by the dictionary.
    explicit Hyphenator(const char* dictionary = "/usr/share/hyphen/hyph_en_US.dic");
    ~Hyphenator();
    Hyphenator(const Hyphenator&) = delete;
    Hyphenator& operator=(const Hyphenator&) = delete;

    bool available() const { return dictionary() != nullptr; }

    /// For an ASCII word, one flag per letter: true where a break (with a hyphen) may come before
    /// it. Two letters at least stay on each side; inside an all-capital word (AIGC) nothing.
    std::vector<bool> breakPoints(std::string_view word) const;

private:
    _HyphenDict* dictionary() const;

    const char* m_path;
    mutable bool m_loaded = false;
    mutable _HyphenDict* m_dictionary = nullptr;
};

}  // namespace banmian::layout
