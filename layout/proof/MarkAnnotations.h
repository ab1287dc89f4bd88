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

}  // namespace banmian::layout
