// The one translation unit that includes qpdf's headers, compiled as C++17: qpdf 11.3's JSON.hh
// keeps a std::vector of a class still being defined, which clang refuses under C++20 (whose
// vector destructor is constexpr and instantiated at once); gcc takes it either way.
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAnnotationObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <algorithm>
#include <exception>

#include "layout/pdf/PdfAnnotations.h"

namespace banmian::layout {
namespace {

std::string textOf(QPDFObjectHandle dictionary, const char* key) {
    QPDFObjectHandle value = dictionary.getKey(key);
    if (value.isString()) return value.getUTF8Value();
    if (value.isName()) return value.getName().substr(1);  // /RT /R: without its slash
    return {};
}

PdfBox boxOf(const QPDFObjectHandle::Rectangle& r) {
    return {std::min(r.llx, r.urx), std::min(r.lly, r.ury), std::max(r.llx, r.urx),
            std::max(r.lly, r.ury)};
}

// /QuadPoints: eight numbers a quadrilateral, its corners in whatever order the viewer wrote.
std::vector<PdfBox> quadsOf(QPDFObjectHandle dictionary) {
    std::vector<PdfBox> quads;
    QPDFObjectHandle points = dictionary.getKey("/QuadPoints");
    if (!points.isArray()) return quads;
    std::vector<double> numbers;
    for (QPDFObjectHandle& number : points.getArrayAsVector()) {
        if (number.isNumber()) numbers.push_back(number.getNumericValue());
    }
    for (std::size_t i = 0; i + 8 <= numbers.size(); i += 8) {
        PdfBox b{numbers[i], numbers[i + 1], numbers[i], numbers[i + 1]};
        for (std::size_t c = 2; c < 8; c += 2) {
            b.x0 = std::min(b.x0, numbers[i + c]);
            b.x1 = std::max(b.x1, numbers[i + c]);
            b.y0 = std::min(b.y0, numbers[i + c + 1]);
            b.y1 = std::max(b.y1, numbers[i + c + 1]);
        }
        quads.push_back(b);
    }
    return quads;
}

}  // namespace

bool readWithQpdf(std::string_view bytes, PdfProofContents& out, std::string& error) {
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("proof", bytes.data(), bytes.size());
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        if (pages.empty()) {
            error = "has no page";
            return false;
        }
        QPDFPageObjectHelper& page = pages.front();
        out.mediaBox = boxOf(page.getMediaBox().getArrayAsRectangle());
        QPDFObjectHandle trim = page.getObjectHandle().getKey("/TrimBox");
        out.trimBox = trim.isRectangle() ? boxOf(trim.getArrayAsRectangle()) : out.mediaBox;

        for (QPDFAnnotationObjectHelper& annotation : page.getAnnotations()) {
            QPDFObjectHandle dictionary = annotation.getObjectHandle();
            PdfAnnotation a;
            a.object = dictionary.isIndirect() ? dictionary.getObjectID() : 0;
            a.subtype = annotation.getSubtype();
            if (a.subtype.compare(0, 1, "/") == 0) a.subtype.erase(0, 1);
            a.rect = boxOf(annotation.getRect());
            a.quads = quadsOf(dictionary);
            a.contents = textOf(dictionary, "/Contents");
            a.author = textOf(dictionary, "/T");
            a.date = textOf(dictionary, "/M");
            a.created = textOf(dictionary, "/CreationDate");
            if (a.date.empty()) a.date = a.created;
            if (a.created.empty()) a.created = a.date;
            a.name = textOf(dictionary, "/NM");
            a.subject = textOf(dictionary, "/Subj");
            if (QPDFObjectHandle irt = dictionary.getKey("/IRT"); irt.isIndirect())
                a.inReplyTo = irt.getObjectID();
            a.replyType = textOf(dictionary, "/RT");
            if (a.inReplyTo != 0 && a.replyType.empty()) a.replyType = "R";
            out.annotations.push_back(std::move(a));
        }

        QPDFEmbeddedFileDocumentHelper files(pdf);
        if (auto source = files.getEmbeddedFile(std::string(kProofSourceFile))) {
            QPDFObjectHandle stream = source->getEmbeddedFileStream();
            if (stream.isStream()) {
                std::shared_ptr<Buffer> data = stream.getStreamData(qpdf_dl_generalized);
                out.sourceJson.assign(reinterpret_cast<const char*>(data->getBuffer()),
                                      data->getSize());
            }
        }
    } catch (const std::exception& e) {
        error = std::string("cannot be read as a PDF: ") + e.what();
        return false;
    }
    return true;
}

}  // namespace banmian::layout
