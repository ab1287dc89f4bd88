#include "layout/compose/Preflight.h"

#include <algorithm>
#include <cmath>

#include "layout/image/RasterImage.h"

namespace banmian::layout {
namespace {

DiagnosticPlace placeOf(const Page& page, std::size_t block, const std::vector<Story>& stories) {
    const Block& b = page.blocks[block];
    DiagnosticPlace place;
    place.block = b.id;
    if (const auto number = storyIndex(stories, b.story)) {
        place.story = static_cast<int>(*number);
        place.headline = stories[*number].headline;
    }
    return place;
}

// Whether `a` says what `b` says of the same text: one finding for a character missing ten times
// in a paragraph, not ten.
bool sameFinding(const Diagnostic& a, const Diagnostic& b) {
    DiagnosticPlace at = a.place, bt = b.place;
    at.offset = bt.offset = -1;
    return a.kind == b.kind && a.message == b.message && at == bt;
}

}  // namespace

Result<ImageInfo> photoInfo(const std::string& path) {
    const auto bytes = readImageFile(path);
    if (!bytes) {
        return Diagnostic{.message = "the photo " + path + " cannot be read",
                          .kind = "photo-missing"};
    }
    auto info = readImageInfo(*bytes);
    if (!info)
        return Diagnostic{.message = path + ": " + info.error().message, .kind = "photo-unusable"};
    return info;
}

std::vector<Diagnostic> preflight(const Page& page, const PageLayout& layout,
                                  const std::vector<Story>& stories) {
    std::vector<Diagnostic> findings;
    std::vector<int> times;
    for (const Diagnostic& d : layout.diagnostics) {
        const auto same = std::find_if(findings.begin(), findings.end(),
                                       [&](const Diagnostic& f) { return sameFinding(f, d); });
        if (same != findings.end()) {
            ++times[static_cast<std::size_t>(same - findings.begin())];
            continue;
        }
        findings.push_back(d);
        times.push_back(1);
    }
    for (std::size_t i = 0; i < findings.size(); ++i) {
        if (times[i] > 1) findings[i].message += " (" + std::to_string(times[i]) + " times)";
    }

    for (std::size_t b = 0; b < page.blocks.size(); ++b) {
        for (std::size_t p = 0; p < page.blocks[b].photos.size(); ++p) {
            const PhotoFrame& photo = page.blocks[b].photos[p];
            DiagnosticPlace where = placeOf(page, b, stories);
            where.photo = static_cast<int>(p);
            auto add = [&](Severity severity, std::string kind, std::string message) {
                findings.push_back({.message = std::move(message),
                                    .severity = severity,
                                    .kind = std::move(kind),
                                    .place = where});
            };
            if (photo.image.empty()) {
                add(Severity::Warning, "photo-placeholder",
                    "a photo placeholder: it prints as a marked box");
                continue;
            }
            const auto info = photoInfo(photo.image);
            if (!info) {
                add(Severity::Error, info.error().kind, info.error().message);
                continue;
            }
            if (info.value().colour == ImageColour::Rgb) {
                add(Severity::Error, "photo-rgb",
                    photo.image + " is RGB; PDF/X-1a takes CMYK or gray: convert it");
            }
            const Rect frame = page.grid.rect(photo.area);
            const double inches = toPoints(frame.width) / 72.0;
            const double ppi = inches > 0 ? info.value().width / inches : 0;
            if (ppi < kMinimumPhotoPpi) {
                add(Severity::Warning, "photo-resolution",
                    photo.image + " has " + std::to_string(static_cast<int>(std::lround(ppi))) +
                            " ppi at its size; newsprint wants " +
                            std::to_string(static_cast<int>(kMinimumPhotoPpi)) + " at least");
            }
        }
    }
    return findings;
}

}  // namespace banmian::layout
