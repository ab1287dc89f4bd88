#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "layout/base/Language.h"

namespace banmian::layout {

/// What a story is on the page: a news article, or a sidebar box (链接, 名词解释) that explains a
/// term of another story and is placed beside it.
enum class StoryKind { Article, Sidebar };

/// One credit line entry: a role as printed (记者, 通讯员, 实习生, 摄影 …) and the people under it.
struct Byline {
    std::string role;
    std::vector<std::string> names;

    bool operator==(const Byline&) const = default;
};

/// A credit line as a desk types it: "记者 曹香玉", several joined by two spaces — what the
/// importer reads back (parseBylineLine) and every editor shows.
std::string creditLine(const Byline& byline);
std::string creditLine(const std::vector<Byline>& bylines);

/// A story as the desk receives it: the headline in its parts, the credits, and the body text.
struct Story {
    /// Stable and unique in its document and across its copies (newId()); given on import, kept
    /// in the document file. What the file's blocks, sidebars and marks refer to the story by.
    std::string id;
    StoryKind kind = StoryKind::Article;
    std::string kicker;    ///< 引题: the line above the headline, empty when there is none
    std::string headline;  ///< 主题: the main headline, empty for text that arrived without one
    std::string subtitle;  ///< 副题: the line below the headline, empty when there is none
    std::vector<Byline> bylines;
    std::vector<std::string> paragraphs;
    /// Its written form (zh-Hans, zh-Hant-TW, zh-Hant-HK): the faces, glyph forms and punctuation
    /// it is set in. None: the document's (Page::language).
    std::optional<Language> language;
    std::string related;  ///< for a sidebar, the id of the story it explains; empty for none
    int firstLine = 0;    ///< 1-based source line where the story's text begins

    /// Names of every person credited, in byline order.
    std::vector<std::string> people() const;
    /// Characters of body text, as a desk counts copy: every character but white space.
    std::size_t characterCount() const;

    bool operator==(const Story&) const = default;
};

const char* toString(StoryKind kind);

/// The language most of the stories' text is in (characterCount(); a story without one counts as
/// zh-Hans): what a galley or a page of them is set in by default.
Language majorityLanguage(const std::vector<Story>& stories);

/// The story of id `id` among `stories`; null for none (an empty id is no story's).
const Story* findStory(const std::vector<Story>& stories, std::string_view id);
Story* findStory(std::vector<Story>& stories, std::string_view id);
/// Its place in the list, as the story list shows it (stories are referred to by id: the place
/// is for people and for the list's rows).
std::optional<std::size_t> storyIndex(const std::vector<Story>& stories, std::string_view id);

}  // namespace banmian::layout
