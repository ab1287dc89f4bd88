#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace banmian::layout {

/// Where a line may end in a paragraph: UAX #14 line-break opportunities from ICU at the strict
/// level for Chinese (`zh@lb=strict`), tailored by clreq: no break before a mark that may not
/// start a line or after one that may not end it, and none inside —— or …… (clreq §3.1.5).
class BreakFinder {
public:
    BreakFinder();
    ~BreakFinder();
    BreakFinder(const BreakFinder&) = delete;
    BreakFinder& operator=(const BreakFinder&) = delete;

    /// Byte offsets into `utf8` after which a line may end, ascending; the text's end is always
    /// one.
    std::vector<std::size_t> find(std::string_view utf8);

private:
    std::unique_ptr<icu::BreakIterator>
            m_iterator;  // created once: ICU's rules take a while to load
};

}  // namespace banmian::layout
