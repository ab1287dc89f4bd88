#pragma once

#include <QString>
#include <QStringList>
#include <cstddef>
#include <optional>
#include <string>

#include "layout/base/Result.h"
#include "layout/model/ProofMark.h"
#include "layout/pipeline/ProofMarksImport.h"

namespace banmian::app {

class PageDocument;

/// The proofreader's and the editor's work on the open page, each step one undo step: marking,
/// accepting and rejecting, signed with the window's proofreader (PageDocument::proofreader()).
/// The name a window starts with: the one set last (校对人, in the settings), else the login name.
QString proofreaderName();
/// Now, as a mark, a round or a sign-off records it: local time, ISO 8601 with its offset.
std::string proofTime();
void setProofreaderName(const QString& name);

/// The newsroom's list of known mistakes set in the settings (报社常见差错表: one wrong→right a
/// line, UTF-8), which every page's hints look for, with the list beside the page; empty: none.
QString newsroomListPath();
void setNewsroomListPath(const QString& path);

/// Puts a mark of `kind` on `range` of the open page's stories: `correction` is the text to
/// insert or put in place, the face, the question or the comment; `pivot`, for a transposition,
/// the bytes of the first piece.
void addMark(PageDocument& document, layout::MarkKind kind, const layout::TextRange& range,
             const QString& correction, std::size_t pivot = 0);

/// Accepts the mark of id `mark`: its correction goes into the story, which reflows. The message
/// when it cannot be done (nothing changes then).
std::optional<QString> acceptMark(PageDocument& document, const std::string& mark);
void rejectMark(PageDocument& document, const std::string& mark);
/// Accepts (or rejects) every open mark by `author`, as one undo step; the messages of those
/// that could not be accepted.
QStringList reviewAllBy(PageDocument& document, const std::string& author, bool accept);
/// Takes up an automatic hint's suggestion: the hint is kept in the marks, accepted.
std::optional<QString> acceptHint(PageDocument& document, const layout::ProofMark& hint);
/// Sets a hint aside as not a fault: kept in the marks, rejected, and not raised again.
void rejectHint(PageDocument& document, const layout::ProofMark& hint);

/// Reads the marks a proofreader annotated the proof PDF at `pdfPath` with into the open page, as
/// one undo step (layout::importProofMarks(), the engine `banmian proof import` runs): what came
/// of them, or why the PDF is refused (no PDF, a proof of another page), nothing changed then.
layout::Result<layout::ProofMarksImported> importProofMarks(PageDocument& document,
                                                            const QString& pdfPath);

/// How a person calls a mark's kind (删除, 改正 …) and its status.
QString kindName(layout::MarkKind kind);
QString statusName(const layout::ProofMark& mark);
/// What a mark asks for, as written in the margin beside it ("改为 聚集", "疑：原话？").
QString noteText(const layout::ProofMark& mark);

}  // namespace banmian::app
