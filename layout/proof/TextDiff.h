#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace banmian::layout {

/// How one text became another, as the stretches of characters both share (Myers' diff, by code
/// point): what moves a proof mark along with its characters through any edit.
class TextDiff {
public:
    TextDiff(std::string_view before, std::string_view after);

    /// Which way a place between two stretches goes when text was inserted right there: the
    /// start of a mark stays after the inserted text, its end before it.
    enum class Side { Before, After };

    /// Where byte `offset` of the text before is in the text after. A place inside deleted text
    /// goes where the deletion was.
    std::size_t map(std::size_t offset, Side side) const;
    /// Bytes of [begin, end) of the text before that are still in the text after.
    std::size_t kept(std::size_t begin, std::size_t end) const;

    bool unchanged() const { return m_unchanged; }

    /// One stretch that differs: bytes [beforeBegin, beforeEnd) of the text before became
    /// [afterBegin, afterEnd) of the text after (either may be empty: an insertion, a deletion).
    struct Edit {
        std::size_t beforeBegin = 0, beforeEnd = 0, afterBegin = 0, afterEnd = 0;
    };
    /// The stretches between those both texts share, in order: what changed, for a person to read.
    std::vector<Edit> edits() const;

private:
    struct Stretch {
        std::size_t before = 0, after = 0, length = 0;  ///< bytes
    };
    std::vector<Stretch> m_common;  ///< in order, in both texts
    bool m_unchanged = false;
    std::size_t m_beforeSize = 0, m_afterSize = 0;
};

}  // namespace banmian::layout
