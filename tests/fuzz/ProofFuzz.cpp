// libFuzzer: a proof PDF as it comes back from a proofreader's viewer, given any bytes — cut
// short, hand-edited, hostile, or no PDF at all — must give its annotations or an error, never a
// crash. The annotations read are turned into marks against the page the proof carries (on no
// layout: every place looked for and not found), as `banmian proof import` does.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "layout/document/Document.h"
#include "layout/pdf/PdfAnnotationReader.h"
#include "layout/proof/ProofImport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace banmian::layout;
    const auto read = readPdfProof({reinterpret_cast<const char*>(data), size});
    if (!read) return 0;
    const PdfProofContents& proof = read.value();
    Document source;
    if (!proof.sourceJson.empty()) {
        auto parsed = documentFromJson(proof.sourceJson);
        if (parsed) source = std::move(parsed).value();
    }
    PageLayout page;
    page.grid = source.page.grid;
    (void)readProofMarks(source, page, proof, source.marks);
    return 0;
}
