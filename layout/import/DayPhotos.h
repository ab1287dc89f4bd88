#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "layout/base/Diagnostic.h"
#include "layout/base/Result.h"
#include "layout/model/DayPhoto.h"

namespace banmian::layout {

/// A photo as read from the picture desk's folder, before it is given to a story: the photo,
/// and the words of the story its caption file names ("稿件：…"), if it names one.
struct ReadPhoto {
    DayPhoto photo;
    std::string namedStory{};
};

/// The day's photos read, and what a person should know about the files that were not (each a
/// warning saying which file, what is wrong and what to do).
struct DayPhotosRead {
    std::vector<ReadPhoto> photos;
    std::vector<Diagnostic> problems;
};

/// The JPEG, PNG and TIFF photos in `folder` (told by their content, not their names), in name
/// order with numbers counted (photo2 before photo10), each with a new id, its pixel size, and its
/// caption and credit from its caption file (photo1.txt) or else its own metadata. A caption file
/// is expected beside its photo; any other file, and a photo that is damaged or cannot be read,
/// is left out with a problem said, and the rest are read. A folder that is not there or cannot
/// be listed is an error (kind "photos-folder").
Result<DayPhotosRead> readDayPhotos(const std::filesystem::path& folder);

/// The same for photos chosen one by one (the window's file dialog), in the order given; each
/// caption file is looked for beside its photo.
DayPhotosRead readDayPhotoFiles(const std::vector<std::filesystem::path>& files);

}  // namespace banmian::layout
