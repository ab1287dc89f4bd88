#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "layout/base/Result.h"
#include "layout/document/Document.h"
#include "layout/pipeline/PageComposer.h"
#include "layout/proof/ProofImport.h"

namespace banmian::layout {

/// What reading an annotated proof's marks into a page did.
struct ProofMarksImported {
    std::size_t added = 0;    ///< new marks
    std::size_t updated = 0;  ///< the page's open marks whose annotation now asks for another thing
    /// The page's marks that came back as they went, or were decided here since (left as decided)
    std::size_t kept = 0;
    /// Of those added: found again where the page's text moved them since the proof was made.
    std::size_t reanchored = 0;
    /// Of those added: their text is no longer on the page (kept, listed, never dropped), each
    /// as "删除 “阶级” (李明)".
    std::vector<std::string> orphaned;
    std::vector<SkippedAnnotation> skipped;

    /// The summary, one line: "3 marks added, 1 updated, 2 kept, 0 orphaned".
    std::string summary() const;
};

/// Reads the proofreader's annotations of the proof PDF `pdf` (`banmian export --proof`, then
/// annotated in any viewer) into `document`'s marks: the page the proof carries (PdfExporter's
/// sourceDocument) is composed again by `composer`, the text under each annotation found on that
/// very page (ProofImport.h), and the marks brought into `document` by id (mergeMarks(): found
/// again by their text where the page changed since, orphaned where it is gone). Only the marks
/// change. The error, with nothing changed: bytes that are no PDF or a damaged one ("bad-pdf"), a
/// PDF that carries no Banmian page ("not-a-proof"), or the proof of another page, which shares
/// no story with `document` ("another-page"). `pdfName` and `pageName` name the PDF and the page
/// in those messages.
Result<ProofMarksImported> importProofMarks(Document& document, std::string_view pdf,
                                            PageComposer& composer, const std::string& pdfName,
                                            const std::string& pageName);

}  // namespace banmian::layout
