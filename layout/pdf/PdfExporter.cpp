#include "layout/pdf/PdfExporter.h"

#include <cstdio>

#include <algorithm>
#include <cmath>
#include <map>

#include "layout/colour/IccProfile.h"
#include "layout/image/RasterImage.h"
#include "layout/output/PhotoPlacement.h"
#include "layout/pdf/PdfAnnotationReader.h"
#include "layout/pdf/PdfColours.h"
#include "layout/pdf/PdfDate.h"
#include "layout/pdf/PdfDocument.h"
#include "layout/pdf/PdfFonts.h"
#include "layout/pdf/PdfImage.h"
#include "layout/pdf/ProofAnnotations.h"

namespace banmian::layout {
namespace {

using Frame = PdfPageFrame;

std::string n(double v) {
    return pdfNumber(v);
}

// Crop marks at the trim's corners, in registration colour (all plates), kept clear of the bleed.
std::string cropMarks(const Frame& f, double trimWidth, double trimHeight, double bleed) {
    const double length = toPoints(fromMillimetres(5));
    const double left = f.left, right = f.left + trimWidth, bottom = f.height - f.top - trimHeight,
                 top = f.height - f.top;
    std::string out = "q /CSReg CS 1 SCN 0.25 w\n";
    auto line = [&](double x1, double y1, double x2, double y2) {
        out += n(x1) + " " + n(y1) + " m " + n(x2) + " " + n(y2) + " l S\n";
    };
    for (const double x : {left, right}) {
        const double outward = x == left ? -1 : 1;
        for (const double y : {bottom, top}) {
            const double up = y == bottom ? -1 : 1;
            line(x + outward * bleed, y, x + outward * (bleed + length), y);  // horizontal
            line(x, y + up * bleed, x, y + up * (bleed + length));            // vertical
        }
    }
    return out + "Q\n";
}

// A photo scaled to fill its frame and cropped to it as the designer cropped it (placePhoto():
// the screen's placement, and the preflight's resolution is this placement's).
std::string placeImage(const Frame& f, const Rect& r, const PhotoCrop& crop, const PdfImage& image,
                       const std::string& name) {
    const PhotoPlacement p = placePhoto(image.width, image.height, r, crop);
    const double top = f.y(r.y);  // the PDF's y runs up
    return "q " + n(f.x(r.x)) + " " + n(f.y(r.bottom())) + " " + n(toPoints(r.width)) + " " +
           n(toPoints(r.height)) + " re W n " + n(p.width) + " 0 0 " + n(p.height) + " " +
           n(f.x(r.x) + p.x) + " " + n(top - p.y - p.height) + " cm /" + name + " Do Q\n";
}

// The photos of the document, each file written once however often it is placed. One that
// cannot go in (damaged, missing, not separable: the preflight said which, and the export went on
// only because it was forced) is nothing and prints as a placeholder.
class PhotoObjects {
public:
    PhotoObjects(PdfDocument& pdf, PrintPhotos& photos) : m_pdf(pdf), m_photos(photos) {}

    const std::optional<PdfImage>& place(const std::string& path) {
        auto found = m_placed.find(path);
        if (found != m_placed.end()) return found->second;
        std::optional<PdfImage> image;
        if (!path.empty()) {
            if (const auto& photo = m_photos.prepare(path)) image = addImage(m_pdf, photo.value());
        }
        return m_placed.emplace(path, image).first->second;
    }

private:
    PdfDocument& m_pdf;
    PrintPhotos& m_photos;
    std::map<std::string, std::optional<PdfImage>> m_placed;
};

// A glyph's code as a content stream shows it: <0123>.
void appendGlyphCode(std::string& content, std::uint16_t code) {
    static const char* hex = "0123456789ABCDEF";
    const char text[] = {
            '<', hex[code >> 12], hex[(code >> 8) & 15], hex[(code >> 4) & 15], hex[code & 15],
            '>'};
    content.append(text, sizeof text);
}

// A vertical line's upright glyphs, shown as a reader's tools expect vertical text: from the
// glyphs' vertical origins in Identity-V (PDF 32000 §9.7.4.3), one string per stretch of the
// line, each glyph moving the pen down by its W2 advance and a TJ number by what justification
// added — so that search, copy and pdftotext find the characters in their order.
void showVertically(std::string& content, const PageRun& run, const fonts::FontFace& face,
                    const PdfFonts& fonts, const Frame& f) {
    const double size = toPoints(run.size);
    const double scale = size / face.unitsPerEm();
    bool open = false;
    double penX = 0, penY = 0;
    for (std::size_t g = 0; g < run.glyphs.size(); ++g) {
        const fonts::FontFace::VerticalMetrics v = face.vertical(run.glyphs[g]);
        const double x = f.x(run.x[g]) + v.originX * scale;
        const double y = f.y(run.y[g]) + v.originY * scale;
        if (!open || std::abs(x - penX) > 0.001) {
            if (open) content += "] TJ\n";
            content += "1 0 0 1 ";
            appendPdfNumber(content, x);
            content += ' ';
            appendPdfNumber(content, y);
            content += " Tm [";
            open = true;
        } else if (const double adjust = (penY - y) * 1000 / size; std::abs(adjust) > 0.01) {
            appendPdfNumber(content, adjust);  // in vertical mode, positive moves down
        }
        appendGlyphCode(content, fonts.code(run.font, run.glyphs[g]));
        // The advance as W2 gives it, in thousandths of the size.
        const double advance = std::lround(v.advance * 1000.0 / face.unitsPerEm()) / 1000.0;
        penX = x;
        penY = y - advance * size;
    }
    if (open) content += "] TJ\n";
}

}  // namespace

namespace {

// The pages as a file: for the plant (PDF/X-1a, no annotations) when `proof` is null, else a
// proof with them on its page (not PDF/X, which forbids them on the page).
Result<ProofPdf> writePdf(const std::vector<PageLayout>& pageLayouts,
                          const fonts::FontRegistry& registry, const PdfOptions& options,
                          const std::vector<ProofAnnotation>* proof) {
    if (pageLayouts.empty()) return Diagnostic{0, "there is no page to export"};
    const OutputCondition& condition = options.condition;
    if (!condition.profile.empty()) {
        if (auto error = checkPlantProfile(condition.profile)) return *error;
    }
    PdfFonts fonts(registry);
    auto runsOf = [&](const PageLayout& page) {
        std::vector<const PageRun*> runs;
        for (const PageRun& run : page.runs) runs.push_back(&run);
        if (options.cropMarks) {
            for (const PageRun& run : options.slug) runs.push_back(&run);
        }
        return runs;
    };
    for (const PageLayout& page : pageLayouts) {
        for (const PageRun* run : runsOf(page)) {
            for (std::size_t g = 0; g < run->glyphs.size(); ++g) {
                fonts.use(run->font, run->glyphs[g],
                          g < run->text.size() ? run->text[g] : std::string(),
                          run->orientation == GlyphOrientation::Upright);
            }
        }
    }

    PdfDocument pdf;
    const int catalog = pdf.reserve(), pages = pdf.reserve();
    if (auto error = fonts.embed(pdf)) return *error;
    PdfColours colours(pdf);
    const int registration =
            pdf.add("[/Separation /All /DeviceCMYK << /FunctionType 2 /Domain [0 1] /C0 [0 0 0 0] "
                    "/C1 [1 1 1 1] /N 1 >>]");

    // The caller's photos, made ready (and judged by its preflight) with its colour settings;
    // else this file's own, separated for the condition's profile.
    std::optional<PrintPhotos> ownPhotos;
    if (!options.photos)
        ownPhotos.emplace(SeparationSettings{
                .outputProfile = condition.profile, .intent = {}, .inkLimit = 240});
    PhotoObjects images(pdf, options.photos ? *options.photos : *ownPhotos);
    std::string kids;
    std::size_t annotations = 0;
    for (const PageLayout& page : pageLayouts) {
        const PageGrid& grid = page.grid;
        const double trimWidth = toPoints(grid.trimWidth), trimHeight = toPoints(grid.trimHeight);
        const double bleed = toPoints(options.bleed);
        const double slug = options.cropMarks ? toPoints(fromMillimetres(12)) : bleed;
        // A proof's notes stand beside the trim, in a column each side.
        const double beside = slug + toPoints(options.noteColumn);
        const double media = trimWidth + 2 * beside, mediaHeight = trimHeight + 2 * slug;
        // Fitted to the paper it is printed on (a broadsheet proof on A3), never enlarged.
        const double scale = options.paper ? std::min({1.0, options.paper->first / media,
                                                       options.paper->second / mediaHeight})
                                           : 1.0;
        const Frame f{.left = beside, .top = slug, .height = mediaHeight};
        // The paper's size when fitted to it, the page centred on it.
        const double paperWidth = options.paper ? options.paper->first : media;
        const double paperHeight = options.paper ? options.paper->second : mediaHeight;
        Frame scaled = f;
        scaled.scale = scale;
        scaled.originX = (paperWidth - scale * media) / 2;
        scaled.originY = (paperHeight - scale * mediaHeight) / 2;
        const std::vector<const PageRun*> runs = runsOf(page);

        // The content: photos (placeholders), tints and boxes, rules, then the text, all in CMYK.
        std::string content = "q\n";
        std::string xobjects;
        for (const PageImage& image : page.images) {
            const Rect& r = image.rect;
            if (const std::optional<PdfImage>& photo = images.place(image.path)) {
                const std::string name = "Im" + std::to_string(photo->object);
                if (xobjects.find("/" + name + " ") == std::string::npos)
                    xobjects += "/" + name + " " + std::to_string(photo->object) + " 0 R ";
                content += placeImage(f, r, image.crop, *photo, name);
                continue;
            }
            const std::string box = n(f.x(r.x)) + " " + n(f.y(r.bottom())) + " " +
                                    n(toPoints(r.width)) + " " + n(toPoints(r.height));
            content += "0 0 0 0.1 k " + box + " re f\n";  // a placeholder prints as a marked box
            content += "0 0 0 0.5 K 0.5 w " + box + " re S " + n(f.x(r.x)) + " " + n(f.y(r.y)) +
                       " m " + n(f.x(r.right())) + " " + n(f.y(r.bottom())) + " l " +
                       n(f.x(r.right())) + " " + n(f.y(r.y)) + " m " + n(f.x(r.x)) + " " +
                       n(f.y(r.bottom())) + " l S\n";
        }
        // Tints, bands and frames, rules and ornaments, then the text, each in its colour and with
        // its overprint (PdfColours).
        colours.forget();
        for (const PageBox& box : page.boxes) {
            const Rect& r = box.rect;
            const std::string rect = n(f.x(r.x)) + " " + n(f.y(r.bottom())) + " " +
                                     n(toPoints(r.width)) + " " + n(toPoints(r.height)) + " re";
            if (box.fill) content += colours.fill(*box.fill) + rect + " f\n";
            if (box.stroke > 0) {
                content += colours.stroke(box.strokeColour) + n(toPoints(box.stroke)) + " w " +
                           rect + " S\n";
            }
        }
        for (const PageRule& rule : page.rules) {
            content += colours.stroke(rule.colour) + n(toPoints(rule.width)) + " w ";
            const bool dashed = rule.dashGap > 0;
            if (dashed) {  // dots: zero-length dashes with round caps
                content += (rule.dots ? "1 J [0 " : "0 J [" + n(toPoints(rule.dashOn)) + " ") +
                           n(toPoints(rule.dashGap)) + "] 0 d ";
            }
            content += n(f.x(rule.x1)) + " " + n(f.y(rule.y1)) + " m " + n(f.x(rule.x2)) + " " +
                       n(f.y(rule.y2)) + " l S\n";
            if (dashed) content += "0 J [] 0 d\n";
        }
        for (const PageShape& shape : page.shapes) {
            if (shape.points.empty()) continue;
            content += colours.fill(shape.colour);
            for (std::size_t i = 0; i < shape.points.size(); ++i) {
                content += n(f.x(shape.points[i].x)) + " " + n(f.y(shape.points[i].y)) +
                           (i == 0 ? " m " : " l ");
            }
            content += "h f\n";
        }
        content += "BT\n";
        for (const PageRun* run : runs) {
            if (const std::string set = colours.fill(run->colour); !set.empty())
                content += set + "\n";
            const bool upright = run->orientation == GlyphOrientation::Upright;
            content += "/" + fonts.resourceName(run->font, upright) + " " + n(toPoints(run->size)) +
                       " Tf\n";
            if (upright) {
                showVertically(content, *run, registry.face(run->font), fonts, f);
                continue;
            }
            // Turned glyphs are shown with the text space turned a quarter clockwise.
            const char* matrix =
                    run->orientation == GlyphOrientation::Sideways ? "0 -1 1 0 " : "1 0 0 1 ";
            for (std::size_t g = 0; g < run->glyphs.size(); ++g) {
                content += matrix;
                appendPdfNumber(content, f.x(run->x[g]));
                content += ' ';
                appendPdfNumber(content, f.y(run->y[g]));
                content += " Tm ";
                appendGlyphCode(content, fonts.code(run->font, run->glyphs[g]));
                content += " Tj\n";
            }
        }
        content += "ET\nQ\n";
        if (options.cropMarks) content += cropMarks(f, trimWidth, trimHeight, bleed);
        if (options.paper)
            content = "q " + n(scale) + " 0 0 " + n(scale) + " " + n(scaled.originX) + " " +
                      n(scaled.originY) + " cm\n" + content + "Q\n";
        const int contents = pdf.addStream("", content);
        const int pageObject = pdf.reserve();
        std::string annots;
        if (proof && kids.empty()) {  // the proof's page; the pages after it list its marks
            const std::vector<int> objects =
                    addProofAnnotations(pdf, *proof, scaled, pageObject, pdfDate(options.time));
            for (const int object : objects) annots += std::to_string(object) + " 0 R ";
            if (!objects.empty()) annots = " /Annots [" + annots + "]";
            annotations += objects.size();
        }
        pdf.set(pageObject,
                "<< /Type /Page /Parent " + std::to_string(pages) + " 0 R /MediaBox [0 0 " +
                        n(paperWidth) + " " + n(paperHeight) + "] /BleedBox [" +
                        n(scaled.x(-options.bleed)) + " " +
                        n(scaled.y(grid.trimHeight + options.bleed)) + " " +
                        n(scaled.x(grid.trimWidth + options.bleed)) + " " +
                        n(scaled.y(-options.bleed)) + "] /TrimBox [" + n(scaled.x(0)) + " " +
                        n(scaled.y(grid.trimHeight)) + " " + n(scaled.x(grid.trimWidth)) + " " +
                        n(scaled.y(0)) + "] /Resources << /Font << " + fonts.resources() +
                        ">> /ExtGState << " + colours.graphicsStateResources() + ">> /XObject << " +
                        xobjects + ">> /ColorSpace << /CSReg " + std::to_string(registration) +
                        " 0 R " + colours.colourSpaceResources() + ">> >> /Contents " +
                        std::to_string(contents) + " 0 R" + annots + " >>");
        kids += std::to_string(pageObject) + " 0 R ";
    }
    pdf.set(pages, "<< /Type /Pages /Kids [" + kids + "] /Count " +
                           std::to_string(pageLayouts.size()) + " >>");
    // The print file names the plant's printing condition (PDF/X); a proof is for the screen and
    // the desk's printer, and is no PDF/X, which forbids annotations on the page.
    std::string catalogEntries, info = "<< /Title " + pdfTextString(options.title) +
                                       " /Creator (Banmian) /Producer (Banmian)";
    if (!proof) {
        // ISO 15930-1 §6.2.3: a registered condition is named by its registry; a Custom one
        // brings its profile, and says in words what it is.
        std::string entries = "<< /Type /OutputIntent /S /GTS_PDFX /OutputConditionIdentifier " +
                              pdfTextString(condition.identifier);
        if (!condition.condition.empty())
            entries += " /OutputCondition " + pdfTextString(condition.condition);
        if (condition.registered) entries += " /RegistryName (http://www.color.org)";
        entries += " /Info " + pdfTextString(condition.info);
        if (!condition.profile.empty()) {
            entries += " /DestOutputProfile " +
                       std::to_string(pdf.addStream("/N 4", condition.profile)) + " 0 R";
        }
        const int intent = pdf.add(entries + " >>");
        catalogEntries = " /OutputIntents [" + std::to_string(intent) + " 0 R]";
        info += " /GTS_PDFXVersion (PDF/X-1:2001) /GTS_PDFXConformance (PDF/X-1a:2001)";
    }
    if (proof && !options.sourceDocument.empty()) {
        // An associated file (PDF 2.0's /AF, /AFRelationship /Source; older readers list it as an
        // attachment at most): the page's source, which viewers keep through their saves.
        const std::string name = pdfTextString(kProofSourceFile);
        const int file = pdf.addStream(
                "/Type /EmbeddedFile /Subtype /application#2Fjson /Params "
                "<< /Size " +
                        std::to_string(options.sourceDocument.size()) + " >>",
                options.sourceDocument);
        const int spec = pdf.add("<< /Type /Filespec /F " + name + " /UF " + name + " /EF << /F " +
                                 std::to_string(file) +
                                 " 0 R >> /AFRelationship /Source /Desc (Banmian page the proof "
                                 "was made from) >>");
        catalogEntries += " /Names << /EmbeddedFiles << /Names [" + name + " " +
                          std::to_string(spec) + " 0 R] >> >> /AF [" + std::to_string(spec) +
                          " 0 R]";
    }
    pdf.set(catalog,
            "<< /Type /Catalog /Pages " + std::to_string(pages) + " 0 R" + catalogEntries + " >>");
    // PDF/X-1a:2001 (ISO 15930-1) requires /Trapped (True or False), /CreationDate and /ModDate;
    // the file is made once, so both dates are when it was made.
    const std::string date = pdfDate(options.time);
    info += " /Trapped /False /CreationDate (" + date + ") /ModDate (" + date + ")";
    const int infoObject = pdf.add(info + " >>");
    // Caret annotations and the highlights' blend mode need PDF 1.5 and 1.4.
    return ProofPdf{pdf.serialize(catalog, infoObject, proof ? "1.6" : "1.3"), annotations};
}

}  // namespace

Result<std::string> exportPdf(const std::vector<PageLayout>& pages,
                              const fonts::FontRegistry& registry, const PdfOptions& options) {
    auto written = writePdf(pages, registry, options, nullptr);
    if (!written) return written.error();
    return std::move(written).value().bytes;
}

Result<std::string> exportPagePdf(const PageLayout& page, const fonts::FontRegistry& registry,
                                  const PdfOptions& options) {
    return exportPdf({page}, registry, options);
}

Result<ProofPdf> exportProofPdf(const std::vector<PageLayout>& pages,
                                const fonts::FontRegistry& registry, const PdfOptions& options,
                                const std::vector<ProofAnnotation>& annotations) {
    return writePdf(pages, registry, options, &annotations);
}

}  // namespace banmian::layout
