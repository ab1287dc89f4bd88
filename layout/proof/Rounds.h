#pragma once

#include <optional>
#include <string>

#include "layout/document/Document.h"

namespace banmian::layout {

/// The page's current round (校次): the last opened, else 一校 as the page was made (opened by
/// nobody on record).
ProofRound currentRound(const Document& document);

/// How a newsroom names round `round`: 一校, 二校, 三校, 四校 … and 终校 for the last.
std::string roundName(const ProofRound& round);

/// The sign-off the page carries now (签样): the last of its history when it is a signature;
/// none when it was never signed, or its last signature was lifted.
std::optional<SignOffEvent> currentSignOff(const Document& document);

/// Why `document` cannot be changed now: "the page is signed off (签样 by 张三 at …)"; none when
/// it may be. Every path that edits a page (the window's, the commands') asks this first.
std::optional<std::string> frozenBecause(const Document& document);

/// Opens the next round (`last`: as 终校), by `who` at `time` (ISO 8601 with its offset). The
/// message when it cannot be: the page is signed off, or its last round is open already.
std::optional<std::string> openNextRound(Document& document, const std::string& who,
                                         const std::string& time, bool last = false);

/// Signs the page off (签样); the message when it is signed already or no one is named.
std::optional<std::string> signOff(Document& document, const std::string& who,
                                   const std::string& time);

/// Lifts the sign-off, recorded with who, when and why; the message when it is not signed.
std::optional<std::string> liftSignOff(Document& document, const std::string& who,
                                       const std::string& time, const std::string& note = {});

/// What changed in the stories' text since the last round's proof (上一校次以来的改动): each
/// stretch that differs from the text kept when that round was opened (the manuscripts for 一校),
/// as a range of the stories now — empty where text was only taken out. None in the first round,
/// or when the last round kept no text.
std::vector<TextRange> changesSinceLastRound(const Document& document);

/// Each story's texts joined as DocumentText joins them, by the story's id.
std::vector<Manuscript> storyTexts(const std::vector<Story>& stories);

/// Keeps each story's text as it is now as its manuscript (稿件原文), for those that have none:
/// called when articles are first made into a page, so that 核红 can say what changed since.
void keepManuscripts(Document& document);

}  // namespace banmian::layout
