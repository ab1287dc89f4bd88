#include "layout/base/Diagnostic.h"

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
    std::string where = !place.block.empty() ? place.block
                        : place.story >= 0   ? "story [" + std::to_string(place.story) + "]"
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
