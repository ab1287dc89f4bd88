#include "layout/document/DayPhotosJson.h"

#include <map>

#include "layout/image/RasterImage.h"

namespace banmian::layout {
namespace {

using Json = nlohmann::ordered_json;

// A field that must be text: empty when absent and not `required`; otherwise an error.
std::optional<Diagnostic> readText(const Json& photo, const char* key, const std::string& where,
                                   bool required, std::string& out) {
    if (!photo.contains(key)) {
        if (!required) return std::nullopt;
        return Diagnostic{0, where + "/" + key + ": missing (every photo has one)"};
    }
    if (!photo[key].is_string())
        return Diagnostic{0, where + "/" + key + ": should be text in quotes"};
    out = photo[key].get<std::string>();
    if (required && out.empty())
        return Diagnostic{0, where + "/" + key + ": empty (every photo has one)"};
    return std::nullopt;
}

// A side in pixels: a whole number from 0 (not yet measured) to what any photo could have.
std::optional<Diagnostic> readPixels(const Json& photo, const char* key, const std::string& where,
                                     int& out) {
    if (!photo.contains(key)) return std::nullopt;
    if (!photo[key].is_number_integer())
        return Diagnostic{0, where + "/" + key + ": should be a whole number of pixels"};
    const long long value = photo[key].get<long long>();
    if (value < 0 || value > kMaxImagePixels) {
        return Diagnostic{0, where + "/" + key + ": " + std::to_string(value) +
                                     " is no photo's size in pixels (0 or more)"};
    }
    out = static_cast<int>(value);
    return std::nullopt;
}

}  // namespace

Json dayPhotosToJson(const std::vector<DayPhoto>& photos) {
    Json list = Json::array();
    for (const DayPhoto& p : photos) {
        Json photo = {{"id", p.id},
                      {"path", p.path},
                      {"pixelWidth", p.pixelWidth},
                      {"pixelHeight", p.pixelHeight}};
        if (!p.caption.empty()) photo["caption"] = p.caption;
        if (!p.credit.empty()) photo["credit"] = p.credit;
        if (!p.story.empty()) photo["story"] = p.story;
        list.push_back(std::move(photo));
    }
    return list;
}

Result<std::vector<DayPhoto>> dayPhotosFromJson(const Json& json, const std::string& where,
                                                const std::set<std::string>& stories) {
    if (!json.is_array()) return Diagnostic{0, where + ": not a list"};
    std::vector<DayPhoto> photos;
    std::map<std::string, std::string> ids;  // where each id was first seen
    for (std::size_t i = 0; i < json.size(); ++i) {
        const std::string at = where + "/" + std::to_string(i);
        const Json& item = json[i];
        if (!item.is_object()) return Diagnostic{0, at + ": not an object"};
        DayPhoto photo;
        std::string story;
        for (auto error : {readText(item, "id", at, true, photo.id),
                           readText(item, "path", at, true, photo.path),
                           readPixels(item, "pixelWidth", at, photo.pixelWidth),
                           readPixels(item, "pixelHeight", at, photo.pixelHeight),
                           readText(item, "caption", at, false, photo.caption),
                           readText(item, "credit", at, false, photo.credit),
                           readText(item, "story", at, false, story)}) {
            if (error) return *error;
        }
        const auto [first, added] = ids.emplace(photo.id, at);
        if (!added) {
            return Diagnostic{
                    0, at + "/id: \"" + photo.id + "\" is already the id of " + first->second};
        }
        if (stories.contains(story)) photo.story = story;
        photos.push_back(std::move(photo));
    }
    return photos;
}

}  // namespace banmian::layout
