#include "layout/proof/TextDiff.h"

#include <algorithm>
#include <cstdint>
#include <optional>

#include "layout/base/Utf8.h"

namespace banmian::layout {
namespace {

// Beyond this many differing characters the middle of the two texts is taken as replaced whole:
// Myers' trace grows with the square of the differences, and an edit that big leaves no marks
// worth following inside it.
constexpr int kMaxDifferences = 2000;

bool continuation(unsigned char byte) {
    return (byte & 0xC0) == 0x80;
}

// Characters of `text` and where each starts (one more entry: the end).
struct CodePoints {
    std::vector<char32_t> characters;
    std::vector<std::size_t> starts;
};

CodePoints codePoints(std::string_view text) {
    CodePoints out;
    std::size_t i = 0;
    while (i < text.size()) {
        out.starts.push_back(i);
        std::size_t next = i + 1;
        while (next < text.size() && continuation(static_cast<unsigned char>(text[next]))) ++next;
        char32_t c = 0;
        for (std::size_t b = i; b < next; ++b) c = (c << 8) | static_cast<unsigned char>(text[b]);
        out.characters.push_back(c);  // the bytes as a number: equal exactly when they are
        i = next;
    }
    out.starts.push_back(text.size());
    return out;
}

struct Diagonal {
    int x = 0, y = 0, length = 0;
};

// The common stretches of a and b by Myers' O(ND) greedy algorithm; none when they differ in
// more than kMaxDifferences characters.
std::optional<std::vector<Diagonal>> commonStretches(const std::vector<char32_t>& a,
                                                     const std::vector<char32_t>& b) {
    const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
    const int most = std::min(n + m, kMaxDifferences);
    // trace[d][k + d]: the furthest x on diagonal k after d differences.
    std::vector<std::vector<int>> trace;
    std::vector<int> v(2 * static_cast<std::size_t>(most) + 3, 0);
    const int zero = most + 1;
    for (int d = 0; d <= most; ++d) {
        for (int k = -d; k <= d; k += 2) {
            const bool down = k == -d || (k != d && v[zero + k - 1] < v[zero + k + 1]);
            int x = down ? v[zero + k + 1] : v[zero + k - 1] + 1;
            int y = x - k;
            while (x < n && y < m &&
                   a[static_cast<std::size_t>(x)] == b[static_cast<std::size_t>(y)])
                ++x, ++y;
            v[zero + k] = x;
        }
        trace.emplace_back(v.begin() + zero - d, v.begin() + zero + d + 1);
        if (v[zero + n - m] >= n && n - m >= -d && n - m <= d) {
            // Walk back from the end, collecting the diagonals.
            std::vector<Diagonal> out;
            int x = n, y = m;
            for (int step = d; step >= 0; --step) {
                const int k = x - y;
                if (step == 0) {
                    if (x > 0) out.push_back({0, 0, x});
                    break;
                }
                const std::vector<int>& previous = trace[static_cast<std::size_t>(step - 1)];
                auto at = [&](int diagonal) {
                    return previous[static_cast<std::size_t>(diagonal + step - 1)];
                };
                const bool down = k == -step || (k != step && at(k - 1) < at(k + 1));
                const int previousK = down ? k + 1 : k - 1;
                const int previousX = at(previousK);
                const int previousY = previousX - previousK;
                const int startX = down ? previousX : previousX + 1;
                const int startY = down ? previousY + 1 : previousY;
                if (x > startX) out.push_back({startX, startY, x - startX});
                x = previousX;
                y = previousY;
            }
            std::reverse(out.begin(), out.end());
            return out;
        }
    }
    return std::nullopt;
}

}  // namespace

TextDiff::TextDiff(std::string_view before, std::string_view after)
    : m_beforeSize(before.size()), m_afterSize(after.size()) {
    if (before == after) {
        m_unchanged = true;
        if (!before.empty()) m_common.push_back({0, 0, before.size()});
        return;
    }
    // The common start and end first, at character boundaries: most edits are one place, and
    // the diff proper then sees only the few characters between.
    std::size_t prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before[prefix] == after[prefix])
        ++prefix;
    while (prefix > 0 && prefix < before.size() &&
           continuation(static_cast<unsigned char>(before[prefix])))
        --prefix;
    std::size_t suffix = 0;
    const std::size_t most = std::min(before.size(), after.size()) - prefix;
    while (suffix < most && before[before.size() - 1 - suffix] == after[after.size() - 1 - suffix])
        ++suffix;
    while (suffix > 0 && continuation(static_cast<unsigned char>(before[before.size() - suffix])))
        --suffix;

    if (prefix > 0) m_common.push_back({0, 0, prefix});
    const std::string_view oldMiddle = before.substr(prefix, before.size() - prefix - suffix);
    const std::string_view newMiddle = after.substr(prefix, after.size() - prefix - suffix);
    const CodePoints a = codePoints(oldMiddle), b = codePoints(newMiddle);
    if (const auto stretches = commonStretches(a.characters, b.characters)) {
        for (const Diagonal& d : *stretches) {
            const std::size_t x = a.starts[static_cast<std::size_t>(d.x)];
            const std::size_t y = b.starts[static_cast<std::size_t>(d.y)];
            const std::size_t length = a.starts[static_cast<std::size_t>(d.x + d.length)] - x;
            m_common.push_back({prefix + x, prefix + y, length});
        }
    }
    if (suffix > 0) m_common.push_back({before.size() - suffix, after.size() - suffix, suffix});
    // Stretches that touch in both texts are one.
    std::vector<Stretch> joined;
    for (const Stretch& s : m_common) {
        if (!joined.empty() && joined.back().before + joined.back().length == s.before &&
            joined.back().after + joined.back().length == s.after)
            joined.back().length += s.length;
        else
            joined.push_back(s);
    }
    m_common = std::move(joined);
}

std::size_t TextDiff::map(std::size_t offset, Side side) const {
    if (m_common.empty()) return 0;
    // The first stretch that ends at or after `offset`.
    const auto it = std::lower_bound(
            m_common.begin(), m_common.end(), offset,
            [](const Stretch& s, std::size_t o) { return s.before + s.length < o; });
    auto endOf = [](const Stretch& s) { return s.after + s.length; };
    if (it == m_common.end()) return endOf(m_common.back());  // in text deleted at the end
    if (offset < it->before) {
        // In deleted text: where the deletion was — before or after what replaced it.
        if (side == Side::After || it == m_common.begin()) return it->after;
        return endOf(*std::prev(it));
    }
    const auto next = std::next(it);
    if (offset == it->before + it->length && side == Side::After && next != m_common.end() &&
        next->before == offset)
        return next->after;  // text was inserted right here
    return it->after + (offset - it->before);
}

std::size_t TextDiff::kept(std::size_t begin, std::size_t end) const {
    std::size_t total = 0;
    for (const Stretch& s : m_common) {
        const std::size_t from = std::max(begin, s.before);
        const std::size_t to = std::min(end, s.before + s.length);
        if (from < to) total += to - from;
    }
    return total;
}

std::vector<TextDiff::Edit> TextDiff::edits() const {
    std::vector<Edit> edits;
    std::size_t before = 0, after = 0;  // where the last shared stretch ended
    auto gap = [&](std::size_t beforeEnd, std::size_t afterEnd) {
        if (beforeEnd > before || afterEnd > after)
            edits.push_back({before, beforeEnd, after, afterEnd});
    };
    for (const Stretch& s : m_common) {
        gap(s.before, s.after);
        before = s.before + s.length;
        after = s.after + s.length;
    }
    gap(m_beforeSize, m_afterSize);
    return edits;
}

}  // namespace banmian::layout
