#pragma once

#include <string>
#include <vector>

#include "layout/document/Document.h"

namespace banmian::layout {

/// What 核红 (checking the red) found of one accepted correction on the page as it is now.
enum class CorrectionState {
    Made,          ///< its correction stands where it was made
    NotMade,       ///< the text there is the old text again (undone, or overwritten)
    ChangedSince,  ///< the text there is neither: changed again since it was accepted
    Unrecorded,    ///< accepted before Banmian kept what it changed: to be checked by eye
};

/// "made", "NOT MADE", "changed since", "not recorded": as the command prints it.
const char* toString(CorrectionState state);

/// One accepted correction checked.
struct CorrectionCheck {
    std::string mark;  ///< its id
    MarkKind kind = MarkKind::Replace;
    int round = 1;
    std::string story;  ///< its story's id
    CorrectionState state = CorrectionState::Unrecorded;
    std::string was, became;  ///< what stood there, what it put there (for a face: its name)
    std::string now;          ///< what stands there now (ChangedSince, NotMade)
    std::string reviewer, reviewed;
};

/// One stretch of a story's text that differs from its manuscript (稿件原文).
struct ManuscriptChange {
    std::string story;
    std::string removed, added;  ///< the manuscript's characters, and the page's in their place
    std::string before;          ///< a few characters before it, for a person to find it
};

/// 核红: every accepted correction checked against the page's text now, and what changed in the
/// stories since their manuscripts were kept.
struct RedCheck {
    std::vector<CorrectionCheck> corrections;  ///< in the marks' order
    std::vector<ManuscriptChange> changes;     ///< story by story, in the text's order
    std::size_t storiesWithoutManuscript = 0;

    std::size_t count(CorrectionState state) const;
};

/// Checks each accepted mark that changed text or a headline's face, of every round (those of the
/// current round too: the page as it goes out must carry all of them), against the page as it is:
/// first by the text around it when it was accepted (its context with what it put there, or with
/// what stood there before), then by its range followed through the edits since. The stories are
/// then compared with their manuscripts (TextDiff). Nothing is changed.
RedCheck checkTheRed(const Document& document);

}  // namespace banmian::layout
