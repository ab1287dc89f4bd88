#include "app/cli/PhotoFolder.h"

#include <algorithm>

#include "layout/import/DayPhotos.h"
#include "layout/import/PhotoAssignment.h"

namespace banmian::app {

namespace {

std::string counted(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

std::optional<std::vector<layout::DayPhoto>> readPhotosForPage(
        const std::string& folder, const std::vector<layout::Story>& stories, const char* who,
        std::ostream& err) {
    auto read = layout::readDayPhotos(folder);
    if (!read) {
        err << who << ": --photos: " << read.error().message << "\n";
        return std::nullopt;
    }
    layout::DayPhotosRead photos = std::move(read).value();
    layout::PhotoAssignment assigned = layout::assignPhotos(std::move(photos.photos), stories);
    std::size_t leftOut = 0;
    for (const layout::Diagnostic& problem : photos.problems) {
        err << who << ": " << layout::toString(problem.severity) << ": " << problem.message << "\n";
        // A sub-folder not read is a note: its files were never the folder's photos.
        if (problem.severity == layout::Severity::Warning && problem.kind != "photos-none")
            ++leftOut;
    }
    for (const layout::Diagnostic& warning : assigned.warnings)
        err << who << ": warning: " << warning.message << "\n";

    const auto& list = assigned.photos;
    const auto withCaption = std::count_if(list.begin(), list.end(),
                                           [](const auto& p) { return !p.caption.empty(); });
    const auto withCredit = std::count_if(list.begin(), list.end(),
                                          [](const auto& p) { return !p.credit.empty(); });
    err << who << ": read " << counted(list.size(), "photo", "photos") << " from " << folder << ": "
        << withCaption << " with captions, " << withCredit << " with credits; " << assigned.byName
        << " given to the story they name, " << assigned.byCaption << " by their captions' words, "
        << assigned.inOrder << " in order";
    if (leftOut > 0) err << "; " << counted(leftOut, "file", "files") << " left out";
    err << "\n";
    return std::move(assigned.photos);
}

}  // namespace banmian::app
