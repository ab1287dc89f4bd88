#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "layout/base/Result.h"
#include "layout/pdf/PdfAnnotations.h"

namespace banmian::layout {

/// Reads the annotations and the embedded source document of the PDF `bytes` (qpdf: object and
/// xref streams, and viewers' incremental updates, as any reader does). The error (kind
/// "bad-pdf"): bytes that are no PDF, or one too damaged to read, or one with no page.
Result<PdfProofContents> readPdfProof(std::string_view bytes);

}  // namespace banmian::layout
