#include "layout/import/ImportJson.h"

#include "layout/model/StoryJson.h"

#include <sstream>

namespace banmian::layout {
namespace {

nlohmann::ordered_json diagnosticsToJson(const std::vector<Diagnostic>& diagnostics) {
    auto list = nlohmann::ordered_json::array();
    for (const Diagnostic& d : diagnostics)
        list.push_back({{"line", d.line}, {"message", d.message}});
    return list;
}

std::string joined(const std::vector<std::string>& parts, const char* separator) {
    std::string out;
    for (const std::string& part : parts) out += (out.empty() ? "" : separator) + part;
    return out;
}

std::size_t count(const std::vector<Story>& stories, StoryKind kind) {
    std::size_t n = 0;
    for (const Story& story : stories) n += story.kind == kind;
    return n;
}

}  // namespace

nlohmann::ordered_json importToJson(const ImportResult& result, const std::string& fileName) {
    nlohmann::ordered_json json;
    json["file"] = fileName;
    json["encoding"] = result.encoding;
    auto stories = nlohmann::ordered_json::array();
    for (const Story& story : result.stories) {
        stories.push_back(storyToJson(story));
        // The articles' form names a sidebar's story by its number in the list, as the outline.
        if (const auto related = storyIndex(result.stories, story.related))
            stories.back()["related"] = *related;
    }
    json["stories"] = std::move(stories);
    json["warnings"] = diagnosticsToJson(result.warnings);
    json["repairs"] = diagnosticsToJson(result.repairs);
    return json;
}

std::string importToOutline(const ImportResult& result, const std::string& fileName) {
    std::ostringstream out;
    out << fileName << " (" << result.encoding << "): " << count(result.stories, StoryKind::Article)
        << " articles, " << count(result.stories, StoryKind::Sidebar) << " sidebars, "
        << result.warnings.size() << " warnings\n";
    for (std::size_t i = 0; i < result.stories.size(); ++i) {
        const Story& story = result.stories[i];
        out << "\n[" << i << "] " << toString(story.kind) << ", line " << story.firstLine << "\n";
        if (!story.kicker.empty()) out << "    引题  " << story.kicker << "\n";
        out << "    主题  " << (story.headline.empty() ? "(none)" : story.headline) << "\n";
        if (!story.subtitle.empty()) out << "    副题  " << story.subtitle << "\n";
        for (const Byline& byline : story.bylines) {
            out << "    " << (byline.role.empty() ? "(no role)" : byline.role) << "  "
                << joined(byline.names, "、") << "\n";
        }
        out << "    " << story.paragraphs.size() << " paragraphs, " << story.characterCount()
            << " characters";
        if (const auto related = storyIndex(result.stories, story.related))
            out << "; sidebar to [" << *related << "]";
        out << "\n";
    }
    if (!result.warnings.empty()) {
        out << "\nwarnings:\n";
        for (const Diagnostic& d : result.warnings) out << "  " << describe(d) << "\n";
    }
    if (!result.repairs.empty()) {
        out << "\nrepairs:\n";
        for (const Diagnostic& d : result.repairs) out << "  " << describe(d) << "\n";
    }
    return out.str();
}

}  // namespace banmian::layout
