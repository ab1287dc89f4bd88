#include "layout/flow/HeadlineFit.h"

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

#include "layout/text/WordBreaks.h"

namespace banmian::layout {
namespace {

// How a set head's lines break, worst first: how many start inside a word, how many not after a
// phrase. A larger size is no better if it breaks worse.
std::pair<int, int> breakFaults(const std::string& text, const TypesetParagraph& set) {
    std::vector<std::size_t> starts;
    for (std::size_t i = 1; i < set.lines.size(); ++i) starts.push_back(set.lines[i].textBegin);
    std::pair<int, int> faults;
    for (WordBreak kind : wordBreaksAt(text, starts)) {
        faults.first += kind == WordBreak::InsideWord;
        faults.second += kind != WordBreak::AfterPhrase;
    }
    return faults;
}

}  // namespace

// On two lines a size fits only if its lines break as well as at the smallest size: a designer
// sets 区长带队开展走访活动，/ 并慰问老党员 a little smaller rather than break 走访 / 活动 at a
// larger one.
ParagraphStyle fitHeadline(const std::string& text, ParagraphStyle style, SizeRange range,
                           LayoutUnit width, Typesetter& typesetter) {
    if (range.max <= 0 || range.min <= 0 || range.max < range.min || text.empty()) return style;
    const ConstantLineWidth column(width);
    auto at = [&](LayoutUnit size) {
        ParagraphStyle trial = style;
        trial.size = size;
        trial.leading = size * 6 / 5;
        return trial;
    };
    std::pair<int, int> worstFaults;
    auto fits = [&](LayoutUnit size, std::size_t maxLines) {
        const TypesetParagraph set = typesetter.typeset(text, at(size), column);
        if (set.lines.size() > maxLines) return false;
        return std::none_of(set.lines.begin(), set.lines.end(),
                            [](const TypesetLine& l) { return l.overfull; }) &&
               breakFaults(text, set) <= worstFaults;
    };
    // Smaller sizes fit in fewer lines: search the largest whole point size that fits.
    for (std::size_t maxLines : {1u, 2u}) {
        worstFaults = {std::numeric_limits<int>::max(), 0};
        if (!fits(range.min, maxLines)) continue;
        worstFaults = breakFaults(text, typesetter.typeset(text, at(range.min), column));
        LayoutUnit low = range.min, high = range.max;  // low fits
        while (high - low >= kUnitsPerPoint) {
            const LayoutUnit middle =
                    low + ((high - low) / kUnitsPerPoint + 1) / 2 * kUnitsPerPoint;
            if (fits(middle, maxLines))
                low = middle;
            else
                high = middle - 1;
        }
        return at(low);
    }
    return at(range.min);
}

}  // namespace banmian::layout
