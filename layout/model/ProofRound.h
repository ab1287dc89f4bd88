#pragma once

#include <string>
#include <vector>

namespace banmian::layout {

/// The story's text as it came in (稿件原文), kept when the page was first composed or the story
/// imported: what 核红 compares the page's text with ("what changed since the manuscript").
struct Manuscript {
    std::string story;  ///< the story's id
    std::string text;   ///< its texts joined by line feeds, as DocumentText joins them

    bool operator==(const Manuscript&) const = default;
};

/// One proof round (校次) opened on the page: 一校, 二校, 三校 … and the last, 终校 (三校两检,
/// research/newsroom-workflow.md §1: each proof carries its round number and who read it).
struct ProofRound {
    int number = 1;     ///< 1 for 一校; a page's rounds are numbered 1, 2, 3 … in order
    bool last = false;  ///< 终校: the round the page is signed off after
    std::string openedBy;
    /// Local time, ISO 8601 with its offset from UTC, as ProofMark::created.
    std::string opened;
    /// The stories' text as the round was opened: what the next round's proof shows its changes
    /// against (changesSinceLastRound()). None for a round opened before they were kept.
    std::vector<Manuscript> texts = {};

    bool operator==(const ProofRound&) const = default;
};

/// One entry in the page's sign-off history (签样): the editor's signature, or its lifting. The
/// history is only ever added to: a lifted sign-off stays on record, as a struck-out signature
/// stays on a paper proof.
struct SignOffEvent {
    enum class Kind { Sign, Lift };
    Kind kind = Kind::Sign;
    std::string by;
    std::string time;  ///< ISO 8601 with its offset
    std::string note;  ///< why it was lifted (optional)

    bool operator==(const SignOffEvent&) const = default;
};

}  // namespace banmian::layout
