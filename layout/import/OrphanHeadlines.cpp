#include "layout/import/OrphanHeadlines.h"

#include <optional>

#include "layout/base/CharClass.h"
#include "layout/base/Utf8.h"
#include "layout/import/TextSimilarity.h"

namespace banmian::layout {
namespace {

constexpr std::size_t kMaxSidebarTitleChars = 15;

// A news story's lead opens with where or when: 6月26日，…  本报讯 …  新华社 …
bool opensWithDateline(const std::string& text) {
    if (text.starts_with("本报讯") || text.starts_with("本報訊") || text.starts_with("新华社") ||
        text.starts_with("新華社") || text.starts_with("中央社")) {
        return true;
    }
    std::size_t pos = 0;
    auto digits = [&]() {
        int count = 0;
        std::size_t probe = pos;
        while (probe < text.size()) {
            std::size_t after = probe;
            if (!isDigit(utf8::next(text, after))) break;
            probe = after;
            ++count;
        }
        pos = probe;
        return count;
    };
    auto expect = [&](char32_t wanted) {
        if (pos >= text.size()) return false;
        return utf8::next(text, pos) == wanted;
    };
    return digits() > 0 && expect(U'月') && digits() > 0 && expect(U'日');
}

// Where the orphan's story starts among `paragraphs`, or nothing when the text gives no sign.
std::optional<std::size_t> findSplit(const std::vector<TextUnit>& paragraphs,
                                     const std::string& ownerHeadline,
                                     const std::string& orphanHeadline) {
    const auto owner = characterBigrams(ownerHeadline);
    const auto orphan = characterBigrams(orphanHeadline);
    std::vector<long> lean(paragraphs.size());  // > 0: speaks more of the orphan's headline
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        lean[i] = static_cast<long>(sharedBigrams(orphan, paragraphs[i].text)) -
                  static_cast<long>(sharedBigrams(owner, paragraphs[i].text));
    }
    std::optional<std::size_t> best;
    long bestScore = 0, suffix = 0;
    for (std::size_t k = paragraphs.size() - 1; k >= 1; --k) {  // the owner keeps paragraph 0
        suffix += lean[k];
        const long score = suffix + (opensWithDateline(paragraphs[k].text) ? 1 : 0);
        if (score > bestScore) {
            bestScore = score;
            best = k;
        }
    }
    return best;
}

std::string quoted(const std::string& text) {
    return "“" + std::string(utf8::prefix(text, 16)) + "”";
}

std::string headLabel(const StorySegment& segment) {
    return segment.titles.empty() ? "credit line" : "headline " + quoted(segment.titleText());
}

}  // namespace

bool mayBeSidebar(const StorySegment& segment) {
    return !segment.titles.empty() && segment.bylines.empty() && !segment.paragraphs.empty() &&
           utf8::length(segment.titleText()) <= kMaxSidebarTitleChars;
}

void reattachOrphanHeadlines(std::vector<StorySegment>& segments, std::vector<Diagnostic>& repairs,
                             std::vector<Diagnostic>& warnings) {
    for (std::size_t i = 0; i < segments.size(); ++i) {
        StorySegment& orphan = segments[i];
        if (!orphan.hasHead() || !orphan.paragraphs.empty()) continue;

        std::size_t j = i;
        while (j > 0 && mayBeSidebar(segments[j - 1])) --j;
        if (j == 0) {
            warnings.push_back({orphan.firstLine(), headLabel(orphan) + " has no text under it"});
            continue;
        }
        StorySegment& owner = segments[j - 1];
        if (!owner.hasHead()) {
            repairs.push_back(
                    {orphan.firstLine(), headLabel(orphan) +
                                                 " came after its story; given back to the text "
                                                 "from line " +
                                                 std::to_string(owner.firstLine())});
            owner.titles = std::move(orphan.titles);
            owner.bylines = std::move(orphan.bylines);
            owner.bylineLine = orphan.bylineLine;
            segments.erase(segments.begin() + static_cast<long>(i));
            --i;
            continue;
        }
        const auto split =
                owner.paragraphs.size() >= 2
                        ? findSplit(owner.paragraphs, owner.titleText(), orphan.titleText())
                        : std::nullopt;
        if (!split) {
            warnings.push_back({orphan.firstLine(), headLabel(orphan) + " has no text under it"});
            continue;
        }
        StorySegment story = std::move(orphan);
        segments.erase(segments.begin() + static_cast<long>(i));
        story.paragraphs.assign(owner.paragraphs.begin() + static_cast<long>(*split),
                                owner.paragraphs.end());
        owner.paragraphs.resize(*split);
        warnings.push_back(
                {story.firstLine(), headLabel(story) +
                                            " and its credit line came after their story; took "
                                            "the text from line " +
                                            std::to_string(story.paragraphs.front().firstLine) +
                                            " (" + quoted(story.paragraphs.front().text) +
                                            ") as that story — check where it starts"});
        segments.insert(segments.begin() + static_cast<long>(j), std::move(story));
    }
}

}  // namespace banmian::layout
