#include "layout/import/Sidebars.h"

#include <array>
#include <optional>
#include <string_view>

#include "layout/import/OrphanHeadlines.h"

namespace banmian::layout {
namespace {

constexpr std::array<std::string_view, 10> kSidebarLabels = {
        "相关链接", "链接", "新闻链接", "知识链接", "背景链接",
        "名词解释", "背景", "小贴士",   "延伸阅读", "相关阅读"};

bool hasSidebarLabel(const std::string& title) {
    for (std::string_view label : kSidebarLabels) {
        if (title == label || title.starts_with(std::string(label) + "：") ||
            title.starts_with(std::string(label) + ":")) {
            return true;
        }
    }
    return false;
}

bool mentions(const StorySegment& story, const std::string& term) {
    if (story.titleText().find(term) != std::string::npos) return true;
    for (const TextUnit& paragraph : story.paragraphs) {
        if (paragraph.text.find(term) != std::string::npos) return true;
    }
    return false;
}

// The nearest article before (step -1) or after (+1) `from`, stepping over other sidebar
// candidates.
std::optional<std::size_t> neighbourArticle(const std::vector<StorySegment>& segments,
                                            std::size_t from, int step) {
    for (long k = static_cast<long>(from) + step; k >= 0 && k < static_cast<long>(segments.size());
         k += step) {
        if (!mayBeSidebar(segments[static_cast<std::size_t>(k)]))
            return static_cast<std::size_t>(k);
    }
    return std::nullopt;
}

}  // namespace

void findSidebars(std::vector<StorySegment>& segments, std::vector<Diagnostic>& repairs) {
    for (std::size_t i = 0; i < segments.size(); ++i) {
        StorySegment& box = segments[i];
        if (!mayBeSidebar(box)) continue;
        const std::string term = box.titleText();
        const auto before = neighbourArticle(segments, i, -1);
        const auto after = neighbourArticle(segments, i, +1);

        std::optional<std::size_t> related;
        if (before && mentions(segments[*before], term))
            related = before;
        else if (after && mentions(segments[*after], term))
            related = after;
        else if (hasSidebarLabel(term))
            related = before ? before : after;
        if (!related) continue;

        box.kind = StoryKind::Sidebar;
        box.related = related;
        repairs.push_back(
                {box.firstLine(), "“" + term + "” is a sidebar to the story from line " +
                                          std::to_string(segments[*related].firstLine())});
    }
}

}  // namespace banmian::layout
