#include "layout/base/Diagnostic.h"

#include "layout/base/Id.h"

namespace banmian::layout {

const char* toString(Severity severity) {
    switch (severity) {
        case Severity::Error:
            return "error";
        case Severity::Warning:
            return "warning";
        case Severity::Note:
            return "note";
    }
    return "error";
}

std::string describePlace(const Diagnostic& diagnostic) {
    const DiagnosticPlace& place = diagnostic.place;
    std::string out;
    auto add = [&out](const std::string& part) { out += (out.empty() ? "" : ": ") + part; };
    if (diagnostic.line > 0) add("line " + std::to_string(diagnostic.line));
    // A block's random id (newId()) says nothing to a person: its story's number does, as
    // `banmian import` and `typeset` number the stories.
    const bool namedBlock = !place.block.empty() && !isRandomId(place.block);
    std::string where = namedBlock             ? place.block
                        : place.story >= 0     ? "story [" + std::to_string(place.story) + "]"
                        : !place.block.empty() ? std::string("a block")
                                               : std::string();
    if (!where.empty() && !place.headline.empty()) where += " (" + place.headline + ")";
    if (!where.empty()) add(where);
    if (place.paragraph >= 0 && (place.field.empty() || place.field == "body")) {
        add("paragraph " + std::to_string(place.paragraph + 1));
    } else if (!place.field.empty()) {
        add(place.field);
    }
    return out;
}

std::string describe(const Diagnostic& diagnostic) {
    const std::string place = describePlace(diagnostic);
    return place.empty() ? diagnostic.message : place + ": " + diagnostic.message;
}

}  // namespace banmian::layout
