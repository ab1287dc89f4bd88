#pragma once

#include <string>
#include <vector>

#include "layout/image/RasterImage.h"
#include "layout/model/Block.h"
#include "layout/model/Story.h"
#include "layout/output/PageLayout.h"

namespace banmian::layout {

/// The lowest resolution a photo may have at its placed size (newsprint, ~200 ppi the target).
inline constexpr double kMinimumPhotoPpi = 170;

/// What the photo file at `path` is (size, colour), or why it cannot go into the print PDF: it
/// cannot be read, or it is not a JPEG, PNG or TIFF the PDF writer takes. The preflight's check,
/// and the one made when a designer chooses a photo for a frame.
Result<ImageInfo> photoInfo(const std::string& path);

/// Checks a composed page before export, each finding with its place (the block, its story's
/// headline, the text, the paragraph): what the layout says — overset text and characters no
/// installed face has, errors the print export refuses, and lines too wide, as warnings —, then
/// photos missing ("photo-missing"), unreadable, damaged or cut short, not JPEG, PNG or TIFF
/// ("photo-unusable"), RGB ("photo-rgb": PDF/X-1a allows CMYK and gray only), all errors, or
/// under kMinimumPhotoPpi at their size ("photo-resolution"), and placeholders still standing in
/// for photos ("photo-placeholder"), warnings. An error blocks the print export unless the user
/// insists; a proof is made whatever the page lacks.
std::vector<Diagnostic> preflight(const Page& page, const PageLayout& layout,
                                  const std::vector<Story>& stories);

}  // namespace banmian::layout
