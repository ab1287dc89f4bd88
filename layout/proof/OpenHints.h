#pragma once

#include <vector>

#include "layout/document/Document.h"

namespace banmian::layout {

/// The automatic checks' hints on `stories` that no one has decided on: a hint accepted or
/// rejected is kept in the document's marks under the hint's own id, and is not raised again.
std::vector<ProofMark> undecidedHints(const std::vector<Story>& stories,
                                      const std::vector<ProofMark>& marks);

/// What a proof shows: the document's marks checked against its stories (reanchor(): none on
/// characters that are not its text), then its undecided hints.
std::vector<ProofMark> proofMarks(const Document& document);

}  // namespace banmian::layout
