#include "layout/compose/Preflight.h"

#include <algorithm>
#include <cmath>

#include "layout/image/RasterImage.h"
#include "layout/output/PhotoPlacement.h"

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

Rect photoRect(const Page& page, const PageLayout& layout, std::size_t block, std::size_t photo) {
    for (const PageImage& image : layout.images) {
        if (image.block == static_cast<int>(block) && image.photo == static_cast<int>(photo))
            return image.rect;
    }
    return page.grid.rect(page.blocks[block].photos[photo].area);
}

PhotoResolution photoResolution(const ImageInfo& info, const Rect& frame,
                                const PrintSettings& print, const PhotoCrop& crop) {
    PhotoResolution out;
    out.ppi = static_cast<int>(std::lround(placePhoto(info.width, info.height, frame, crop).ppi()));
    // The figure said is the figure judged: never "150 ppi, under the 150 needed".
    if (out.ppi < print.minPhotoPpi)
        out.finding = Severity::Error;
    else if (out.ppi < print.goodPhotoPpi)
        out.finding = Severity::Warning;
    return out;
}

std::vector<Diagnostic> preflight(const Page& page, const PageLayout& layout,
                                  const std::vector<Story>& stories, const PrintSettings& print) {
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
                add(Severity::Error, "photo-placeholder",
                    "a photo frame with no photo yet: it would print as a marked box; choose its "
                    "photo, or take the frame off the page");
                continue;
            }
            const auto info = photoInfo(photo.image);
            if (!info) {
                add(Severity::Error, info.error().kind, info.error().message);
                continue;
            }
            const PhotoResolution resolution =
                    photoResolution(info.value(), photoRect(page, layout, b, p), print, photo.crop);
            const std::string ppi = std::to_string(resolution.ppi) + " ppi";
            if (resolution.finding == Severity::Error) {
                add(Severity::Error, "photo-resolution",
                    photo.image + " prints at " + ppi + " in its frame, under the " +
                            std::to_string(print.minPhotoPpi) +
                            " ppi the print file needs: place a larger photo, or make the frame "
                            "smaller");
            } else if (resolution.finding == Severity::Warning) {
                add(Severity::Warning, "photo-resolution",
                    photo.image + " prints at " + ppi + " in its frame, under the " +
                            std::to_string(print.goodPhotoPpi) +
                            " ppi of a sharp print: a larger photo, or a smaller frame, "
                            "makes it sharper");
            }
        }
    }
    return findings;
}

std::vector<Diagnostic> preflightPhotoColour(const Page& page, const std::vector<Story>& stories,
                                             PrintPhotos& photos) {
    std::vector<Diagnostic> findings;
    for (std::size_t b = 0; b < page.blocks.size(); ++b) {
        for (std::size_t p = 0; p < page.blocks[b].photos.size(); ++p) {
            const std::string& path = page.blocks[b].photos[p].image;
            if (path.empty()) continue;  // a placeholder: preflight() says so
            DiagnosticPlace where = placeOf(page, b, stories);
            where.photo = static_cast<int>(p);
            const auto& ready = photos.prepare(path);
            if (!ready) {
                // What cannot be read preflight() reports; what cannot be decoded or
                // separated, this.
                if (ready.error().kind == "photo-colour" || ready.error().kind == "photo-damaged") {
                    Diagnostic error = ready.error();
                    error.place = where;
                    findings.push_back(std::move(error));
                }
                continue;
            }
            const PrintPhoto& photo = ready.value();
            if (!photo.separated.empty()) {
                findings.push_back({.message = path + ": " + photo.separated,
                                    .severity = Severity::Note,
                                    .kind = "photo-separated",
                                    .place = where});
            }
            if (photo.ink.pixelsOver > 0) {
                findings.push_back(
                        {.message = path + " carries up to " +
                                    std::to_string(photo.ink.maxPercent) + " % ink in places, " +
                                    "above the " + std::to_string(photos.inkLimit()) +
                                    " % the plant takes (set-off, smearing): have it separated "
                                    "for this press, or give it its profile and Banmian "
                                    "separates it",
                         .severity = Severity::Warning,
                         .kind = "photo-ink",
                         .place = where});
            }
        }
    }
    return findings;
}

}  // namespace banmian::layout
