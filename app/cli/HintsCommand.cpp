#include "app/cli/HintsCommand.h"

#include <iostream>
#include <map>
#include <string_view>

#include "app/cli/CommandFiles.h"
#include "app/cli/CommandLine.h"
#include "layout/base/Utf8.h"
#include "layout/document/Document.h"
#include "layout/import/ArticleImporter.h"
#include "layout/import/FileKind.h"
#include "layout/proof/ProofHints.h"

namespace banmian::app {

namespace {

constexpr const char* kUsage =
        "usage: banmian hints FILE  (an article file or a .banmian document)";

/// Characters of context either side of a hint, for a person to find it in the text.
constexpr std::size_t kContext = 8;

const std::string& textAt(const layout::Story& story, const layout::TextPlace& place) {
    switch (place.field) {
        case layout::StoryField::Kicker:
            return story.kicker;
        case layout::StoryField::Headline:
            return story.headline;
        case layout::StoryField::Subtitle:
            return story.subtitle;
        case layout::StoryField::Body:
            break;
    }
    return story.paragraphs[place.paragraph];
}

/// The hinted characters with a few around them: …书生浦语(InternLM)”、多…
std::string context(std::string_view text, const layout::TextRange& range) {
    const std::string_view before = text.substr(0, range.begin.offset);
    const std::string_view after = text.substr(range.end.offset);
    const std::string_view head = layout::utf8::suffix(before, kContext);
    const std::string_view tail = layout::utf8::prefix(after, kContext);
    return std::string(head.size() < before.size() ? "…" : "") + std::string(head) +
           std::string(text.substr(range.begin.offset, range.end.offset - range.begin.offset)) +
           std::string(tail) + (tail.size() < after.size() ? "…" : "");
}

/// story [1] «headline» body ¶6: halfwidth-punctuation: "(" → "（" in …书生浦语(InternLM)”、多…
/// Stories are numbered as `banmian import --outline` numbers them, paragraphs from 1.
std::string describeHint(const layout::ProofMark& hint, const std::vector<layout::Story>& stories) {
    const layout::TextPlace& place = hint.range.begin;
    const std::size_t number = layout::storyIndex(stories, place.story).value_or(0);
    const layout::Story& story = stories[number];  // hints are found on these stories
    std::string line = "story [" + std::to_string(number) + "] «" +
                       (story.headline.empty() ? "(no headline)" : story.headline) + "» " +
                       layout::toString(place.field);
    if (place.field == layout::StoryField::Body) line += " ¶" + std::to_string(place.paragraph + 1);
    line += ": " + hint.rule + ": \"" + hint.text + "\"";
    if (!hint.correction.empty())
        line += " → \"" + hint.correction + "\"";
    else
        line += hint.rule == "unbalanced-bracket" ? " (no partner)" : " (no suggestion)";
    return line + " in " + context(textAt(story, place), hint.range);
}

std::string summary(const std::vector<layout::ProofMark>& hints) {
    if (hints.empty()) return "no hints";
    std::map<std::string, std::size_t> byRule;
    for (const layout::ProofMark& hint : hints) ++byRule[hint.rule];
    std::string line = std::to_string(hints.size()) + (hints.size() == 1 ? " hint (" : " hints (");
    for (auto it = byRule.begin(); it != byRule.end(); ++it) {
        line += (it == byRule.begin() ? "" : ", ") + it->first + " " + std::to_string(it->second);
    }
    return line + ")";
}

}  // namespace

int runHintsCommand(const std::vector<std::string>& args) {
    if (args.size() != 1 || (args[0].starts_with("-") && args[0] != "-")) {
        std::cerr << "banmian hints: " << (args.empty() ? "which file? " : "") << kUsage << "\n";
        return kExitUsage;
    }
    const std::string& file = args[0];
    std::vector<layout::Story> stories;
    if (file.ends_with(".banmian") ||
        layout::fileKindOfFile(file) == layout::FileKind::BanmianDocument) {
        auto document = layout::readDocument(file);
        if (!document) {
            std::cerr << "banmian hints: " << document.error().message << "\n";
            return kExitBadInput;
        }
        stories = std::move(document).value().stories;
    } else {
        if (const auto refused = notAnArticleFile(file, /*readsDocuments=*/true)) {
            std::cerr << "banmian hints: " << *refused << "\n";
            return kExitBadInput;
        }
        auto imported = layout::importArticleFile(file);
        if (!imported) {
            std::cerr << "banmian hints: " << file << ": " << layout::describe(imported.error())
                      << "\n";
            return kExitBadInput;
        }
        stories = std::move(imported).value().stories;
    }
    const std::vector<layout::ProofMark> hints = layout::findHints(stories);
    for (const layout::ProofMark& hint : hints) std::cout << describeHint(hint, stories) << "\n";
    std::cout << summary(hints) << "\n";
    return kExitOk;
}

}  // namespace banmian::app
