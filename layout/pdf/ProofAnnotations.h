#pragma once

#include <string>
#include <vector>

#include "layout/model/PageGrid.h"

namespace banmian::layout {

class PdfDocument;

/// Where the page is in a PDF page's user space: page units (y downwards from the trim's top-left)
/// to points (y upwards from the MediaBox's bottom-left), the trim `left` and `top` in from the
/// MediaBox's edges, all of it at `scale` and centred on the paper (a proof fitted to A3). What the page's
/// content and its annotations are both placed by.
struct PdfPageFrame {
    double left = 0;    ///< the trim's distance from the MediaBox's left edge, in pt, unscaled
    double top = 0;     ///< and from its top edge
    double height = 0;  ///< the MediaBox's height, in pt, unscaled
    double scale = 1;
    double originX = 0, originY = 0;  ///< where the scaled page stands on the paper

    double x(LayoutUnit u) const { return originX + scale * (left + toPoints(u)); }
    double y(LayoutUnit u) const { return originY + scale * (height - top - toPoints(u)); }
};

/// How a mark shows in a proof PDF: the standard annotation types every reader draws.
enum class AnnotationShape {
    StrikeOut,  ///< Delete, Replace: a line through the characters
    Highlight,  ///< Transpose, Style, Query, Hint: the characters on a tint
    Caret,      ///< Insert: a caret where the text goes in
    Note,       ///< Comment: a note icon in the margin beside the text
};

/// One open mark as a proof PDF's annotation, on the page (page units): plain data, made from
/// the marks by proof/MarkAnnotations, so that the PDF writer knows nothing of proof marks.
struct ProofAnnotation {
    AnnotationShape shape = AnnotationShape::Highlight;
    std::string id;  ///< the mark's (/NM)
    std::string
            subject;  ///< the kind, in Chinese: 删除 增补 改正 对调 改字体 疑问 批注 提示 (/Subj)
    std::string contents;  ///< what to do, for the editor (/Contents)
    std::string author;    ///< (/T)
    std::string created;   ///< the mark's time, ISO 8601 as the mark has it (/M, /CreationDate)
    bool hint = false;     ///< found by the automatic checks: drawn in its own colour
    /// StrikeOut, Highlight: the marked characters, one rectangle per line piece; Caret: the
    /// caret (no width); Note: the icon.
    std::vector<Rect> rects;
};

/// Writes `annotations` into `pdf` as annotation dictionaries of the page object `page`, each with
/// its appearance stream (so that readers that draw only what the file says draw them too),
/// placed by `frame`. Those whose mark has no time (hints, found as the file is made) are dated
/// `exportDate` (a PDF date; none when empty). Their object numbers, for the page's /Annots.
std::vector<int> addProofAnnotations(PdfDocument& pdf,
                                     const std::vector<ProofAnnotation>& annotations,
                                     const PdfPageFrame& frame, int page,
                                     const std::string& exportDate = {});

}  // namespace banmian::layout
