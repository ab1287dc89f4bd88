#pragma once

#include <compare>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace banmian::layout {

/// Which of a story's texts a place is in, in reading order.
enum class StoryField { Kicker, Headline, Subtitle, Body };

/// A place in the stories' text, between two characters: what a proof mark is anchored to (never
/// to the page, so a mark follows its text wherever the text is set).
struct TextPlace {
    std::size_t story = 0;
    StoryField field = StoryField::Body;
    std::size_t paragraph = 0;  ///< for the body; 0 in the head's fields
    std::size_t offset = 0;     ///< bytes into that text, at a character's start

    auto operator<=>(const TextPlace&) const = default;
};

/// The characters between two places of one story; empty (begin == end) for a caret.
struct TextRange {
    TextPlace begin, end;

    bool empty() const { return begin == end; }
    bool operator==(const TextRange&) const = default;
};

/// What a proofreader asks for (GB/T 14706 校对符号), or what the automatic checks noticed.
enum class MarkKind {
    Delete,     ///< 删除: strike the characters out
    Insert,     ///< 增补: insert `correction` at a caret
    Replace,    ///< 改正: the characters become `correction`
    Transpose,  ///< 对调: the two pieces, split at `pivot`, change places
    Style,      ///< 改字体: set the characters in the face `correction` names (改黑体)
    Query,      ///< 疑问: a question for the editor, in `correction`
    Comment,    ///< 批注: a free comment, in `correction`
    Hint,       ///< 提示: found by the automatic checks, explained in `correction`
};

enum class MarkStatus { Open, Accepted, Rejected };

/// One correction mark on the proof.
struct ProofMark {
    std::string id;  ///< unique in its document, stable across saves ("m12")
    MarkKind kind = MarkKind::Comment;
    TextRange range;
    std::string text;        ///< the characters marked, as they were when marked
    std::string correction;  ///< see MarkKind; for a hint, the suggested text (may be empty)
    std::string rule;        ///< Hint: the check that found it ("unbalanced-bracket", …)
    std::size_t pivot = 0;   ///< Transpose: bytes of `text` in the first piece
    std::string author;
    std::string created;  ///< local time, ISO 8601 ("2026-11-25T22:41:05")
    MarkStatus status = MarkStatus::Open;
    /// Every character it marked was deleted by another edit: it stays, listed, with its text.
    bool orphaned = false;
    std::string reviewer;  ///< who accepted or rejected it
    std::string reviewed;  ///< and when

    bool open() const { return status == MarkStatus::Open && !orphaned; }
    bool operator==(const ProofMark&) const = default;
};

/// Names as the document file writes them ("delete", "open", …) and reads them back.
const char* toString(MarkKind kind);
const char* toString(MarkStatus status);
const char* toString(StoryField field);
std::optional<MarkKind> parseMarkKind(std::string_view name);
std::optional<MarkStatus> parseMarkStatus(std::string_view name);
std::optional<StoryField> parseStoryField(std::string_view name);

}  // namespace banmian::layout
