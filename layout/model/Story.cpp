#include "layout/model/Story.h"

#include <algorithm>
#include <array>

#include "layout/base/Utf8.h"

namespace banmian::layout {

std::string creditLine(const Byline& byline) {
    std::string text = byline.role;
    for (const std::string& name : byline.names) text += " " + name;
    return text;
}

std::string creditLine(const std::vector<Byline>& bylines) {
    std::string text;
    for (const Byline& byline : bylines) text += (text.empty() ? "" : "  ") + creditLine(byline);
    return text;
}

std::vector<std::string> Story::people() const {
    std::vector<std::string> all;
    for (const Byline& byline : bylines)
        all.insert(all.end(), byline.names.begin(), byline.names.end());
    return all;
}

std::size_t Story::characterCount() const {
    std::size_t count = 0;
    for (const std::string& paragraph : paragraphs) {
        for (std::size_t pos = 0; pos < paragraph.size();) {
            const char32_t c = utf8::next(paragraph, pos);
            count += !(c == U' ' || c == U'\t' || c == U'\u3000' || c == U'\u00A0');
        }
    }
    return count;
}

const char* toString(StoryKind kind) {
    return kind == StoryKind::Sidebar ? "sidebar" : "article";
}

std::optional<std::size_t> storyIndex(const std::vector<Story>& stories, std::string_view id) {
    if (id.empty()) return std::nullopt;
    const auto found = std::find_if(stories.begin(), stories.end(),
                                    [&](const Story& story) { return story.id == id; });
    if (found == stories.end()) return std::nullopt;
    return static_cast<std::size_t>(found - stories.begin());
}

const Story* findStory(const std::vector<Story>& stories, std::string_view id) {
    const auto index = storyIndex(stories, id);
    return index ? &stories[*index] : nullptr;
}

Story* findStory(std::vector<Story>& stories, std::string_view id) {
    const auto index = storyIndex(stories, id);
    return index ? &stories[*index] : nullptr;
}

Language majorityLanguage(const std::vector<Story>& stories) {
    std::array<std::size_t, 3> characters{};
    for (const Story& story : stories) {
        characters[static_cast<std::size_t>(story.language.value_or(Language::Hans))] +=
                story.characterCount();
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < characters.size(); ++i) {
        if (characters[i] > characters[best]) best = i;
    }
    return static_cast<Language>(best);
}

}  // namespace banmian::layout
