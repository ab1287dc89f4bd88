#pragma once

#include <string>
#include <vector>

#include "layout/document/Document.h"
#include "layout/output/PageLayout.h"
#include "layout/pdf/PdfAnnotationReader.h"

namespace banmian::layout {

/// An annotation of the proof that became no mark, and why, as the summary says it.
struct SkippedAnnotation {
    std::string what;  ///< "Ink by 李明", "Link"
    std::string why;   ///< "ink drawings are not read: mark it again with a text tool"
};

/// What a proofreader's annotations on a proof mean as proof marks.
struct ProofMarksRead {
    /// Marks the page does not have, on the stories of the document the proof was drawn from:
    /// their ranges and recorded text are that document's (mergeMarks() brings them over).
    std::vector<ProofMark> added;
    /// Marks the page has whose annotation now asks for something else (its contents edited in
    /// the viewer): the mark with its new kind and correction.
    std::vector<ProofMark> updated;
    std::vector<std::string> kept;  ///< ids of the page's marks that came back as they went
    std::vector<SkippedAnnotation> skipped;
};

/// The proof marks `proof`'s annotations make on `source`, the document the proof was drawn from,
/// laid out as `layout` (the very page the PDF shows). `known`: the marks the page has now.
///
/// - StrikeOut: Delete the characters under its quadrilaterals; Replace when its /Contents (other
///   than the struck text itself) or a Caret grouped with it (/IRT, /RT /Group: a viewer's
///   "replace text") or standing at either end of it gives the new text.
/// - Caret: Insert its /Contents at the character place nearest it.
/// - Highlight, Underline, Squiggly: Query on the characters, its /Contents the question.
/// - Text, FreeText: Comment at the character place nearest the note.
/// - A reply (/IRT, /RT /R): a Comment of its own author on the same characters as the mark it
///   answers, so that who said what stays apart and each can be decided on.
/// An annotation whose /NM is a mark's id (`known`, or `source`'s) is that mark: kept when it says
/// what the mark's annotation said (markRequest()) or what it said when read before,
/// updated otherwise; never a second mark. A new mark's id is the annotation's /NM when that is a
/// Banmian id, else one made from the annotation, so that the same PDF read twice adds it once.
ProofMarksRead readProofMarks(const Document& source, const PageLayout& layout,
                              const PdfProofContents& proof, const std::vector<ProofMark>& known);

/// A PDF date ("D:20261205143000+08'00'") as a mark's time ("2026-12-05T14:30:00+08:00"); empty
/// when it is none.
std::string isoFromPdfDate(const std::string& pdfDate);

}  // namespace banmian::layout
