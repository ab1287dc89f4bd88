#include "layout/import/ArticleImporter.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "layout/base/Id.h"
#include "layout/base/Utf8.h"
#include "layout/import/ColumnBreaks.h"
#include "layout/import/HeadlineParts.h"
#include "layout/import/LanguageDetect.h"
#include "layout/import/OrphanHeadlines.h"
#include "layout/import/Sidebars.h"
#include "layout/import/SourceLines.h"
#include "layout/import/StorySegments.h"
#include "layout/import/TextDecoder.h"

namespace banmian::layout {
namespace {

Story makeStory(const StorySegment& segment, std::vector<Diagnostic>& warnings) {
    Story story;
    story.kind = segment.kind;
    story.firstLine = segment.firstLine();
    story.bylines = segment.bylines;
    nameHeadlineParts(segment.titles, story, warnings);
    for (const TextUnit& paragraph : segment.paragraphs) story.paragraphs.push_back(paragraph.text);
    if (segment.titles.empty() && !segment.paragraphs.empty()) {
        warnings.push_back({story.firstLine,
                            "text with no headline (lines " + std::to_string(story.firstLine) +
                                    "–" + std::to_string(segment.paragraphs.back().lastLine) +
                                    ")"});
    }
    return story;
}

// In file order, each said as what it is: something to check, or a repair made.
void sortByLine(std::vector<Diagnostic>& diagnostics, Severity severity, const char* kind) {
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
    for (Diagnostic& d : diagnostics) {
        d.severity = severity;
        d.kind = kind;
    }
}

// The story's text as the language detector reads it, and its dateline: the start of its first
// paragraph (【本報香港訊】, 中央社記者台北3日電).
std::string allText(const Story& story) {
    std::string text = story.kicker + "\n" + story.headline + "\n" + story.subtitle + "\n";
    for (const Byline& byline : story.bylines) text += byline.role + "\n";
    for (const std::string& paragraph : story.paragraphs) text += paragraph + "\n";
    return text;
}

std::string_view datelineOf(const Story& story) {
    if (story.paragraphs.empty()) return {};
    return utf8::prefix(story.paragraphs.front(), 24);
}

// Each story's written form; a story too short to tell (a caption-sized sidebar) takes the
// file's.
void detectLanguages(std::vector<Story>& stories) {
    std::string file;
    for (const Story& story : stories) file += allText(story);
    const std::string_view firstDateline = stories.empty() ? "" : datelineOf(stories.front());
    const Language fileLanguage = detectLanguage(firstDateline, file).value_or(Language::Hans);
    for (Story& story : stories) {
        story.language = detectLanguage(datelineOf(story), allText(story)).value_or(fileLanguage);
    }
}

}  // namespace

Result<ImportResult> importArticles(std::string_view bytes) {
    auto decoded = decodeText(bytes);
    if (!decoded) return decoded.error();
    DecodedText text = std::move(decoded).value();

    ImportResult result;
    result.encoding = text.encoding;
    result.warnings = std::move(text.warnings);

    const std::vector<SourceLine> lines = splitSourceLines(text.utf8, result.warnings);
    const std::vector<TextUnit> units = joinColumnBreaks(lines, result.repairs, result.warnings);
    if (units.empty())
        return Diagnostic{0, "the file holds only blank lines: there are no articles in it"};

    std::vector<StorySegment> segments = segmentStories(units, result.warnings);
    reattachOrphanHeadlines(segments, result.repairs, result.warnings);
    findSidebars(segments, result.repairs);

    for (const StorySegment& segment : segments) {
        result.stories.push_back(makeStory(segment, result.warnings));
        result.stories.back().id = newId();  // a story is known by it from its import on
    }
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (segments[i].related)
            result.stories[i].related = result.stories[*segments[i].related].id;
    }
    detectLanguages(result.stories);
    sortByLine(result.warnings, Severity::Warning, "import-warning");
    sortByLine(result.repairs, Severity::Note, "import-repair");
    return result;
}

Result<ImportResult> importArticleFile(const std::filesystem::path& path) {
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
        return Diagnostic{0, path.string() + " is a folder, not an article file"};
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return Diagnostic{0, "cannot open " + path.string() + ": " + std::strerror(errno)};
    const auto size = std::filesystem::file_size(path, error);
    if (!error && size > kMaxArticleFileBytes) {
        return Diagnostic{0, path.string() + " is " + std::to_string(size >> 20) +
                                     " MB; an article file is far smaller — is it the right file?"};
    }
    std::string bytes;
    if (!error) bytes.reserve(size);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad())
        return Diagnostic{0, "cannot read " + path.string() + ": " + std::strerror(errno)};
    return importArticles(bytes);
}

}  // namespace banmian::layout
