#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "layout/model/TextPlace.h"

namespace banmian::layout {

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
    /// Unique in its document and across its copies, stable across saves (newId()); a hint's is
    /// made from where it is, a mark from a version 2 document keeps its "m12".
    std::string id;
    MarkKind kind = MarkKind::Comment;
    TextRange range;
    std::string text;  ///< the characters it covers (followed through edits, checked on reading)
    /// Up to kMarkContext characters of its story on either side of it (line feeds between the
    /// story's texts): how it is found again where its place no longer holds its text.
    std::string before, after;
    std::string correction;  ///< see MarkKind; for a hint, the suggested text (may be empty)
    std::string rule;        ///< Hint: the check that found it ("unbalanced-bracket", …)
    std::size_t pivot = 0;   ///< Transpose: bytes of `text` in the first piece
    std::string author;
    /// Local time, ISO 8601 with its offset from UTC ("2026-11-25T22:41:05+08:00"); marks made
    /// before zones were kept have none.
    std::string created;
    MarkStatus status = MarkStatus::Open;
    /// Every character it marked was deleted by another edit: it stays, listed, with its text.
    bool orphaned = false;
    std::string reviewer;  ///< who accepted or rejected it
    std::string reviewed;  ///< and when
    /// The proof round (校次) it was made in: 1 for 一校, and for every mark of a document from
    /// before rounds were kept.
    int round = 1;
    /// An accepted correction's text where it went in: what stood there (`was`) and what it put
    /// there (`became`), recorded at acceptance so that 核红 can check the page still carries it.
    /// Empty for marks accepted before they were kept, and for marks that change no text.
    std::string was, became;
    bool changedText = false;  ///< whether acceptance put `became` in place of `was`
    /// The id of a mark brought in from another copy that asks something else of the same
    /// characters (a merge conflict, 冲突): the editor accepts one and rejects the other.
    std::string conflictsWith;

    bool open() const { return status == MarkStatus::Open && !orphaned; }
    bool operator==(const ProofMark&) const = default;
};

/// Names as the document file writes them ("delete", "open", …) and reads them back.
const char* toString(MarkKind kind);
const char* toString(MarkStatus status);
std::optional<MarkKind> parseMarkKind(std::string_view name);
std::optional<MarkStatus> parseMarkStatus(std::string_view name);

/// The mark of `marks` whose id is `id` (marks are referred to by id, never by place in the
/// list); null when there is none, as for a mark taken away since.
const ProofMark* findMark(const std::vector<ProofMark>& marks, std::string_view id);
ProofMark* findMark(std::vector<ProofMark>& marks, std::string_view id);

}  // namespace banmian::layout
