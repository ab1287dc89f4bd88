#pragma once

// What a proof PDF holds, as plain data: read by qpdf in PdfAnnotationReader (whose translation
// unit is C++17: see QpdfProof.cpp), used by the proof stage. C++17 on purpose: no project header.
#include <string>
#include <string_view>
#include <vector>

namespace banmian::layout {

/// The name of the file a proof PDF carries of the document it was drawn from (documentToJson's
/// text), as an embedded file (/AFRelationship /Source): readers ignore it, and it survives the
/// incremental saves of the viewer a proofreader annotates the proof in.
inline constexpr std::string_view kProofSourceFile = "banmian-page.json";

/// A rectangle in a PDF page's user space: points, y upwards.
struct PdfBox {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

/// One annotation of a PDF page as a viewer wrote it: plain data, read without judging it (the
/// proof stage decides what it means as a proof mark).
struct PdfAnnotation {
    int object = 0;       ///< its object number: what another annotation's /IRT refers to
    std::string subtype;  ///< StrikeOut, Caret, Highlight, Underline, Squiggly, Text, FreeText, …
    /// /QuadPoints, each quadrilateral as the box around its four corners (viewers differ in
    /// the order they write the corners in, and text on a newspaper page is upright).
    std::vector<PdfBox> quads;
    PdfBox rect;            ///< /Rect
    std::string contents;   ///< /Contents, UTF-8
    std::string author;     ///< /T
    std::string date;       ///< /M (else /CreationDate), as the file has it: "D:20261205…"
    std::string created;    ///< /CreationDate (else /M): when it was made, which /M is not
    std::string name;       ///< /NM: a Banmian proof's own annotations carry their mark's id
    std::string subject;    ///< /Subj
    int inReplyTo = 0;      ///< /IRT: the object number of the annotation it answers; 0: none
    std::string replyType;  ///< /RT: "R" (a reply, the default with /IRT) or "Group"
};

/// What an annotated proof holds: its first page's annotations, where the page is on it, and
/// the document it was made from.
struct PdfProofContents {
    std::vector<PdfAnnotation> annotations;
    PdfBox mediaBox;
    PdfBox trimBox;          ///< the page's trim (the MediaBox where there is none)
    std::string sourceJson;  ///< kProofSourceFile's bytes, decompressed; empty when it has none
};

/// Reads `bytes` with qpdf into `out`; the reason when qpdf cannot (its words). Only the reading:
/// the checks a proof's bytes get first are readPdfProof()'s.
bool readWithQpdf(std::string_view bytes, PdfProofContents& out, std::string& error);

}  // namespace banmian::layout
