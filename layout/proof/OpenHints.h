#pragma once

#include <vector>

#include "layout/document/Document.h"
#include "layout/proof/KnownMistakes.h"

namespace banmian::layout {

/// The automatic checks' hints on `stories` that no one has decided on: a hint accepted or
/// rejected is kept in the document's marks under the hint's own id, and is not raised again.
/// `newsroom`: the newsroom's known mistakes (findHints()).
std::vector<ProofMark> undecidedHints(const std::vector<Story>& stories,
                                      const std::vector<ProofMark>& marks,
                                      const std::vector<KnownMistake>& newsroom = {});

/// What a proof shows: the document's marks checked against its stories (reanchor(): none on
/// characters that are not its text), then its undecided hints.
std::vector<ProofMark> proofMarks(const Document& document,
                                  const std::vector<KnownMistake>& newsroom = {});

}  // namespace banmian::layout
