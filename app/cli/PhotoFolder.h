#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "layout/model/DayPhoto.h"
#include "layout/model/Story.h"

namespace banmian::app {

/// `--photos DIR`: the day's photos in `folder`, read and each given its story among `stories`,
/// for the page to be composed with. Says on `err`, after `who`, one line for each file left out
/// or to check, and a summary ("read 4 photos from DIR: 3 with captions, …"). Nothing when the
/// folder itself cannot be read (said too): the command stops.
std::optional<std::vector<layout::DayPhoto>> readPhotosForPage(
        const std::string& folder, const std::vector<layout::Story>& stories, const char* who,
        std::ostream& err);

}  // namespace banmian::app
