#include "layout/compose/Preflight.h"

#include <cmath>

#include "layout/base/Id.h"
#include "layout/image/RasterImage.h"

namespace banmian::layout {
namespace {

std::string whereIs(const Page& page, std::size_t block, const std::vector<Story>& stories) {
    const Block& b = page.blocks[block];
    // A random id (newId()) says nothing to a person: the block's number and headline do.
    std::string where = b.id.empty() || isRandomId(b.id) ? "block " + std::to_string(block) : b.id;
    if (b.story && *b.story < stories.size() && !stories[*b.story].headline.empty()) {
        where += " (" + stories[*b.story].headline + ")";
    }
    return where;
}

}  // namespace

Result<ImageInfo> photoInfo(const std::string& path) {
    const auto bytes = readImageFile(path);
    if (!bytes) return Diagnostic{0, "the photo " + path + " cannot be read"};
    auto info = readImageInfo(*bytes);
    if (!info) return Diagnostic{0, path + ": " + info.error().message};
    return info;
}

std::vector<PreflightIssue> preflight(const Page& page, const PageLayout& layout,
                                      const std::vector<Story>& stories) {
    std::vector<PreflightIssue> issues;
    for (const Copyfit& fit : layout.copyfit) {
        if (fit.oversetLines > 0 && fit.block >= 0 &&
            static_cast<std::size_t>(fit.block) < page.blocks.size()) {
            issues.push_back({true, whereIs(page, static_cast<std::size_t>(fit.block), stories),
                              std::to_string(fit.oversetLines) + " lines (" +
                                      std::to_string(fit.oversetCharacters) +
                                      " characters) overset"});
        }
    }
    for (std::size_t b = 0; b < page.blocks.size(); ++b) {
        for (const PhotoFrame& photo : page.blocks[b].photos) {
            const std::string where = whereIs(page, b, stories);
            if (photo.image.empty()) {
                issues.push_back({false, where, "a photo placeholder: it prints as a marked box"});
                continue;
            }
            const auto info = photoInfo(photo.image);
            if (!info) {
                issues.push_back({true, where, info.error().message});
                continue;
            }
            if (info.value().colour == ImageColour::Rgb) {
                issues.push_back(
                        {true, where,
                         photo.image + " is RGB; PDF/X-1a takes CMYK or gray: convert it"});
            }
            const Rect frame = page.grid.rect(photo.area);
            const double inches = toPoints(frame.width) / 72.0;
            const double ppi = inches > 0 ? info.value().width / inches : 0;
            if (ppi < kMinimumPhotoPpi) {
                issues.push_back({false, where,
                                  photo.image + " has " +
                                          std::to_string(static_cast<int>(std::lround(ppi))) +
                                          " ppi at its size; newsprint wants " +
                                          std::to_string(static_cast<int>(kMinimumPhotoPpi)) +
                                          " at least"});
            }
        }
    }
    return issues;
}

}  // namespace banmian::layout
