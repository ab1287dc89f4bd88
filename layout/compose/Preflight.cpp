#include "layout/compose/Preflight.h"

#include <algorithm>
#include <cmath>

#include "layout/image/RasterImage.h"
#include "layout/output/PhotoPlacement.h"
#include "layout/style/Style.h"

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
    for (Diagnostic& d : preflightColours(page, layout, stories, print))
        findings.push_back(std::move(d));
    return findings;
}

std::vector<Diagnostic> preflightColours(const Page& page, const PageLayout& layout,
                                         const std::vector<Story>& stories,
                                         const PrintSettings& print) {
    // Type under 10 pt and lines under 1 pt (the usual limits for coldset newsprint's register,
    // cjk-newspaper-reference §4).
    const LayoutUnit smallType = fromPoints(10), thinLine = fromPoints(1);
    struct Seen {
        std::string colour;  // the first colour found, for the message
        LayoutUnit size = 0;
    };
    // By (block, kind), in the order found.
    std::vector<std::pair<std::pair<int, std::string>, Seen>> seen;
    auto note = [&](int block, const std::string& kind, const Colour& colour, LayoutUnit size) {
        if (block < 0 || static_cast<std::size_t>(block) >= page.blocks.size()) return;
        for (auto& [key, found] : seen) {
            if (key == std::pair{block, kind}) {
                found.size = std::min(found.size, size);
                return;
            }
        }
        seen.push_back({{block, kind}, {colour.describe(), size}});
    };
    auto inkOver = [&](int block, const Colour& colour) {
        if (colour.totalInk() > print.inkLimit + 0.5) note(block, "colour-ink", colour, 0);
    };
    for (const PageRun& run : layout.runs) {
        inkOver(run.block, run.colour);
        if (run.size >= smallType) continue;
        if (run.colour.isPaper())
            note(run.block, "colour-reversed", run.colour, run.size);
        else if (run.colour.fragileWhenFine())
            note(run.block, "colour-fine", run.colour, run.size);
    }
    // Rules and frames belong to no block on the page's layout; they are found by place.
    auto blockAt = [&](LayoutUnit x, LayoutUnit y) {
        for (std::size_t b = 0; b < page.blocks.size(); ++b) {
            for (const GridRect& area : page.blocks[b].area) {
                const Rect r = page.grid.rect(area);
                if (x >= r.x && x <= r.right() && y >= r.y && y <= r.bottom())
                    return static_cast<int>(b);
            }
        }
        return -1;
    };
    for (const PageRule& rule : layout.rules) {
        const int block = blockAt((rule.x1 + rule.x2) / 2, (rule.y1 + rule.y2) / 2);
        inkOver(block, rule.colour);
        if (rule.width < thinLine && rule.colour.fragileWhenFine())
            note(block, "colour-fine", rule.colour, rule.width);
    }
    for (const PageBox& box : layout.boxes) {
        const int block =
                blockAt(box.rect.x + box.rect.width / 2, box.rect.y + box.rect.height / 2);
        if (box.fill) inkOver(block, *box.fill);
        if (box.stroke > 0) {
            inkOver(block, box.strokeColour);
            if (box.stroke < thinLine && box.strokeColour.fragileWhenFine())
                note(block, "colour-fine", box.strokeColour, box.stroke);
        }
    }

    std::vector<Diagnostic> findings;
    for (const auto& [key, found] : seen) {
        const auto& [block, kind] = key;
        const std::string size = pointsText(found.size) + " pt";
        Diagnostic d{.message = {},
                     .severity = kind == "colour-ink" ? Severity::Warning : Severity::Note,
                     .kind = kind,
                     .place = placeOf(page, static_cast<std::size_t>(block), stories)};
        if (kind == "colour-ink") {
            d.message = found.colour + " carries more than the " + std::to_string(print.inkLimit) +
                        " % of ink the plant takes: it smears and sets off; take ink out of the "
                        "swatch";
        } else if (kind == "colour-reversed") {
            d.message = "reversed text as small as " + size +
                        ": on newsprint it fills in when the plates are out of register; set "
                        "it at 10 pt or more, or not reversed";
        } else {
            d.message = "type or lines as fine as " + size + " in " + found.colour +
                        ": a tint or a colour of several inks loses its shape on newsprint when "
                        "the plates are out of register; use black or a solid ink, or make it "
                        "larger";
        }
        findings.push_back(std::move(d));
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
