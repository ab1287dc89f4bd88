#include "layout/pdf/PdfAnnotationReader.h"

namespace banmian::layout {
namespace {

Diagnostic badPdf(std::string message) {
    return Diagnostic{0, std::move(message), Severity::Error, "bad-pdf"};
}

// A PDF that was cut short (a mail attachment half-saved) may still be put together by qpdf's
// recovery; a proof that lost its end may have lost the annotations written last, so it is
// refused rather than read in part. Every PDF, an incremental save's too, ends with %%EOF.
bool endsWithEof(std::string_view bytes) {
    const std::string_view tail = bytes.substr(bytes.size() > 1024 ? bytes.size() - 1024 : 0);
    return tail.find("%%EOF") != std::string_view::npos;
}

}  // namespace

Result<PdfProofContents> readPdfProof(std::string_view bytes) {
    if (!bytes.starts_with("%PDF-") && bytes.substr(0, 1024).find("%PDF-") == std::string::npos)
        return badPdf("is not a PDF");
    if (!endsWithEof(bytes)) return badPdf("is a PDF cut short (no %%EOF at its end)");
    PdfProofContents out;
    std::string error;
    if (!readWithQpdf(bytes, out, error)) return badPdf(error);
    return out;
}

}  // namespace banmian::layout
