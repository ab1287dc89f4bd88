#pragma once

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "layout/base/Result.h"
#include "layout/model/DayPhoto.h"

namespace banmian::layout {

/// The day's photos as a document file keeps them (its "photos" list): each photo's id, file,
/// pixel size, caption, credit and story.
nlohmann::ordered_json dayPhotosToJson(const std::vector<DayPhoto>& photos);

/// The day's photos of a document file (`where`: their place, for messages; `stories`: the ids
/// of the document's stories). A photo without a file, with a negative or absurd size, with a
/// field of the wrong type or an id another photo has is refused with where and why. A story
/// that is not in the document is read as none — the composer then chooses — since taking a
/// story out of a document must not make it unreadable.
Result<std::vector<DayPhoto>> dayPhotosFromJson(const nlohmann::ordered_json& json,
                                                const std::string& where,
                                                const std::set<std::string>& stories);

}  // namespace banmian::layout
