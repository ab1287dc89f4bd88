#include "layout/model/TextPlace.h"

#include <array>
#include <utility>

namespace banmian::layout {
namespace {

constexpr std::array kFields{
        std::pair{StoryField::Kicker, "kicker"},
        std::pair{StoryField::Headline, "headline"},
        std::pair{StoryField::Subtitle, "subtitle"},
        std::pair{StoryField::Body, "body"},
};

}  // namespace

const char* toString(StoryField field) {
    for (const auto& [value, name] : kFields) {
        if (value == field) return name;
    }
    return "";
}

std::optional<StoryField> parseStoryField(std::string_view name) {
    for (const auto& [value, n] : kFields) {
        if (name == n) return value;
    }
    return std::nullopt;
}

}  // namespace banmian::layout
