#pragma once

#include <vector>

#include "layout/model/ProofMark.h"
#include "layout/model/Story.h"
#include "layout/proof/KnownMistakes.h"

namespace banmian::layout {

/// The automatic proof checks (自动校对提示) run over every story's kicker, headline, subtitle and
/// body: faults a machine can see without understanding the text. Each finding is an open Hint
/// mark by "auto", in reading order, its `rule` one of
///   "unbalanced-bracket"     a quotation mark or bracket without its partner, or mis-nested
///   "halfwidth-punctuation"  , . ; : ? ! ( ) " ' typed half-width in Chinese text
///   "doubled-character"      a punctuation mark, function word (的的) or English word typed twice,
///                           们 twice (他们们), a pronoun keyed twice before 们 (我我们), or a
///                           measure word twice after a numeral or a demonstrative where nothing
///                           is left for the second to join (首个个人工智能: 人工智能 is a word)
///   "latin-width"            Latin letters or digits typed full-width (ＡＩ, ２０２３)
///   "known-mistake"          a word of the newsroom's list of known mistakes (徐江→徐汇) or of
///                           the common slips shipped (commonSlips(): 既使→即使)
/// and `correction` the suggested text (empty when there is no single right fix). The id is
/// "hint-<story>-<field>-<paragraph>-<offset>-<rule>": the same text gives the same ids.
std::vector<ProofMark> findHints(const std::vector<Story>& stories,
                                 const std::vector<KnownMistake>& newsroom = {});

}  // namespace banmian::layout
