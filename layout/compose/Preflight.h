#pragma once

#include <string>
#include <vector>

#include "layout/image/RasterImage.h"
#include "layout/model/Block.h"
#include "layout/model/Story.h"
#include "layout/output/PageLayout.h"

namespace banmian::layout {

/// One thing the plant would reject or a desk should see before the page goes out, and where.
struct PreflightIssue {
    bool blocking = false;  ///< an export refuses it unless the user insists
    std::string where;      ///< the block and its story: "block 2 (集中销毁八百余公斤)"
    std::string message;
};

/// The lowest resolution a photo may have at its placed size (newsprint, ~200 ppi the target).
inline constexpr double kMinimumPhotoPpi = 170;

/// What the photo file at `path` is (size, colour), or why it cannot go into the print PDF: it
/// cannot be read, or it is not a JPEG, PNG or TIFF the PDF writer takes. The preflight's check,
/// and the one made when a designer chooses a photo for a frame.
Result<ImageInfo> photoInfo(const std::string& path);

/// Checks a composed page before export: overset text, photos missing, unreadable, damaged or
/// cut short, not JPEG, PNG or TIFF, RGB (PDF/X-1a allows CMYK and gray only), or under
/// kMinimumPhotoPpi at their size, and placeholders still standing in for photos.
std::vector<PreflightIssue> preflight(const Page& page, const PageLayout& layout,
                                      const std::vector<Story>& stories);

}  // namespace banmian::layout
