#pragma once

#include <QString>
#include <optional>

namespace banmian::app {

class PageDocument;

/// The page's rounds and sign-off in the window, by the window's proofreader
/// (PageDocument::proofreader()), and marks merged from another copy.

/// "二校" and the sign-off, for the marks panel's header: "二校 (opened by 李四 12-05 21:10) ·
/// signed off by 张三 22:41" or "… · not signed off".
QString proofStateText(const PageDocument& document);

/// Opens the next round (`last`: as 终校), one undo step; the message when it cannot be.
std::optional<QString> openNextRound(PageDocument& document, bool last);
/// Signs the page off as `editor` (签样), or lifts the sign-off with `note`: a record, not an undo
/// step (PageDocument::record()). The message when it cannot be.
std::optional<QString> signOffPage(PageDocument& document, const QString& editor);
std::optional<QString> liftSignOff(PageDocument& document, const QString& editor,
                                   const QString& note);

/// Brings in the marks of another copy of the page at `path` (mergeMarks()), one undo step. What
/// it did, for the status bar, or why not (an unreadable file, a signed page).
struct MergeOutcome {
    QString message;
    bool merged = false;
};
MergeOutcome mergeMarksFrom(PageDocument& document, const QString& path);

}  // namespace banmian::app
