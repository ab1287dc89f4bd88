#pragma once

#include <vector>

#include "layout/model/ProofMark.h"
#include "layout/output/PageLayout.h"
#include "layout/pdf/ProofAnnotations.h"

namespace banmian::layout {

/// The annotations of `marks` on `page`: every open mark that is not orphaned and whose text is
/// set there, in the order of `marks`, which were checked against the stories (proofMarks(),
/// checkedMarks()). A comment's note stands in the page margin nearest its
/// text, beside its first line, below any note already there.
std::vector<ProofAnnotation> proofAnnotations(const PageLayout& page,
                                              const std::vector<ProofMark>& marks);

/// What a mark's annotation says (/Contents): what the editor is asked to do, in the words of the
/// desk ("改为“阶段”（原为“阶级”）"). How an annotated proof's mark is known to be unchanged.
std::string annotationContents(const ProofMark& mark);

}  // namespace banmian::layout
