#include "app/cli/HintsCommand.h"

#include <filesystem>
#include <iostream>
#include <map>
#include <string_view>

#include "app/cli/CommandFiles.h"
#include "app/cli/CommandLine.h"
#include "layout/base/Utf8.h"
#include "layout/document/Document.h"
#include "layout/import/ArticleImporter.h"
#include "layout/import/FileKind.h"
#include "layout/proof/KnownMistakes.h"
#include "layout/proof/ProofHints.h"

namespace banmian::app {

namespace {

constexpr const char* kUsage =
        "usage: banmian hints FILE [--list LIST]  (an article file or a .banmian document; LIST: "
        "the newsroom's known mistakes, one wrong→right a line)";

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

/// The newsroom's list: `--list LIST`, else known-mistakes.txt in FILE's folder when there is one
/// (a newsroom keeps it beside its pages), else none. Where it came from, for the summary.
struct NewsroomList {
    std::vector<layout::KnownMistake> mistakes;
    std::string from;
};

layout::Result<NewsroomList> newsroomList(const std::string& file, const std::string& given) {
    auto read = given.empty() ? layout::readKnownMistakesBeside(file)
                              : layout::readKnownMistakes(given);
    if (!read) return read.error();
    if (read.value().empty() && given.empty()) return NewsroomList{};
    return NewsroomList{std::move(read).value(),
                        given.empty() ? layout::knownMistakesBeside(file).string() : given};
}

}  // namespace

int runHintsCommand(const std::vector<std::string>& args) {
    std::string file, given;
    bool usage = args.empty();
    for (std::size_t i = 0; i < args.size() && !usage; ++i) {
        if (args[i] == "--list") {
            if (i + 1 == args.size()) {
                std::cerr << "banmian hints: --list needs the list's file; " << kUsage << "\n";
                return kExitUsage;
            }
            given = args[++i];
        } else if (file.empty() && (!args[i].starts_with("-") || args[i] == "-")) {
            file = args[i];
        } else {
            usage = true;
        }
    }
    if (usage || file.empty()) {
        std::cerr << "banmian hints: " << (file.empty() ? "which file? " : "") << kUsage << "\n";
        return kExitUsage;
    }
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
    auto list = newsroomList(file, given);
    if (!list) {
        std::cerr << "banmian hints: " << list.error().message << "\n";
        return kExitBadInput;
    }
    const std::vector<layout::ProofMark> hints = layout::findHints(stories, list.value().mistakes);
    for (const layout::ProofMark& hint : hints) std::cout << describeHint(hint, stories) << "\n";
    std::cout << summary(hints);
    if (!list.value().from.empty()) {
        const std::size_t count = list.value().mistakes.size();
        std::cout << " — with the newsroom's list " << list.value().from << " (" << count
                  << (count == 1 ? " known mistake)" : " known mistakes)");
    }
    std::cout << "\n";
    return kExitOk;
}

}  // namespace banmian::app
