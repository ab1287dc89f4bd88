#include "app/cli/ProofCommand.h"

#include <iostream>
#include <map>

#include "app/cli/CommandFiles.h"
#include "app/cli/CommandLine.h"
#include "app/cli/NewsroomCommands.h"
#include "app/cli/ProofImportCommand.h"
#include "layout/base/Utf8.h"
#include "layout/document/Document.h"
#include "layout/proof/MarkMerge.h"
#include "layout/proof/RedCheck.h"
#include "layout/proof/Rounds.h"

namespace banmian::app {

namespace {

constexpr const char* kUsage =
        "usage: banmian proof status PAGE.banmian | proof check PAGE.banmian | proof merge "
        "PAGE.banmian OTHER.banmian… [-o OUT.banmian] [--force] | proof import PAGE.banmian "
        "ANNOTATED.pdf [-o OUT.banmian] [--force] | proof mark --db URL --date D --page N --kind "
        "KIND --story ID --text TEXT";

int usage(const std::string& why) {
    std::cerr << "banmian proof: " << why << "; " << kUsage << "\n";
    return kExitUsage;
}

std::optional<layout::Document> readPage(const std::string& command, const std::string& file) {
    auto document = layout::readDocument(file);
    if (!document) {
        std::cerr << "banmian proof " << command << ": " << document.error().message << "\n";
        return std::nullopt;
    }
    return std::move(document).value();
}

// «headline» of a story, else its first words; "(a story not on this page)" for none.
std::string storyTitle(const layout::Document& document, const std::string& id) {
    const layout::Story* story = layout::findStory(document.stories, id);
    if (!story) return "(a story not on this page)";
    std::string title = story->headline.empty() ? story->kicker : story->headline;
    if (title.empty() && !story->paragraphs.empty())
        title = std::string(layout::utf8::prefix(story->paragraphs.front(), 12)) + "…";
    return "«" + title + "»";
}

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) out += c == '\n' ? std::string("¶") : std::string(1, c);
    return out + "\"";
}

std::string roundLine(const layout::ProofRound& round) {
    std::string line = layout::roundName(round) + " (round " + std::to_string(round.number) + ")";
    if (round.openedBy.empty() && round.opened.empty()) return line + ", as the page was made";
    return line + ", opened by " + (round.openedBy.empty() ? "?" : round.openedBy) + " at " +
           (round.opened.empty() ? "?" : round.opened);
}

int status(const std::vector<std::string>& args) {
    if (args.size() != 1) return usage("proof status takes one page");
    const auto document = readPage("status", args[0]);
    if (!document) return kExitBadInput;
    const layout::Document& d = *document;
    std::cout << args[0] << "\n";
    std::cout << "round (校次): " << roundLine(layout::currentRound(d)) << "\n";
    if (d.rounds.size() > 1) {
        std::cout << "rounds opened:";
        for (const layout::ProofRound& r : d.rounds) std::cout << " " << layout::roundName(r);
        std::cout << "\n";
    }
    std::map<int, std::size_t> byRound;
    std::map<std::string, std::size_t> byKind;
    std::size_t open = 0, conflicts = 0, orphaned = 0;
    for (const layout::ProofMark& m : d.marks) {
        if (m.orphaned && m.status == layout::MarkStatus::Open) ++orphaned;
        if (!m.open()) continue;
        ++open;
        ++byRound[m.round];
        ++byKind[layout::toString(m.kind)];
        if (!m.conflictsWith.empty()) ++conflicts;
    }
    std::cout << "open marks: " << open;
    if (open > 0) {
        std::cout << " — by round:";
        for (const auto& [round, n] : byRound)
            std::cout << " " << layout::roundName({round, false, {}, {}}) << " " << n;
        std::cout << "; by kind:";
        for (const auto& [kind, n] : byKind) std::cout << " " << kind << " " << n;
    }
    std::cout << "\n";
    if (conflicts > 0)
        std::cout << "conflicts (冲突): " << conflicts << " open marks ask something else of "
                  << "characters another mark covers\n";
    if (orphaned > 0) std::cout << "orphaned: " << orphaned << " (their text was deleted)\n";
    if (const auto signedOff = layout::currentSignOff(d))
        std::cout << "sign-off (签样): signed by " << signedOff->by << " at " << signedOff->time
                  << "\n";
    else
        std::cout << "sign-off (签样): not signed\n";
    for (const layout::SignOffEvent& e : d.signOffs) {
        if (e.kind != layout::SignOffEvent::Kind::Lift) continue;
        std::cout << "  lifted by " << e.by << " at " << e.time
                  << (e.note.empty() ? "" : " (" + e.note + ")") << "\n";
    }
    return kExitOk;
}

int check(const std::vector<std::string>& args) {
    if (args.size() != 1) return usage("proof check takes one page");
    const auto document = readPage("check", args[0]);
    if (!document) return kExitBadInput;
    const layout::Document& d = *document;
    const layout::RedCheck red = layout::checkTheRed(d);
    using S = layout::CorrectionState;
    std::cout << "核红 (checking the red) of " << args[0] << ": " << red.corrections.size()
              << " accepted corrections — " << red.count(S::Made) << " made, "
              << red.count(S::NotMade) << " NOT MADE, " << red.count(S::ChangedSince)
              << " changed since";
    if (const std::size_t unrecorded = red.count(S::Unrecorded))
        std::cout << ", " << unrecorded << " not recorded (check by eye)";
    std::cout << "\n";
    std::size_t number = 0;
    for (const layout::CorrectionCheck& c : red.corrections) {
        std::cout << "  " << ++number << ". " << c.mark << " "
                  << layout::roundName({c.round, false, {}, {}}) << " " << layout::toString(c.kind)
                  << " " << storyTitle(d, c.story) << ": " << layout::toString(c.state) << ": "
                  << quoted(c.was) << " → " << quoted(c.became);
        if (c.state == S::NotMade || c.state == S::ChangedSince)
            std::cout << " (the page reads " << quoted(c.now) << ")";
        std::cout << "\n";
    }
    std::cout << "changes since the manuscript (稿件原文): " << red.changes.size();
    if (red.storiesWithoutManuscript > 0)
        std::cout << " (" << red.storiesWithoutManuscript
                  << " stories have no manuscript kept: made before manuscripts were)";
    std::cout << "\n";
    for (const layout::ManuscriptChange& c : red.changes) {
        std::cout << "  " << storyTitle(d, c.story) << ": " << quoted(c.removed) << " → "
                  << quoted(c.added) << " after …" << quoted(c.before) << "\n";
    }
    // A correction not made stops the page at the plant's gate (a script's `&&`); one changed
    // since is for a person to read, and does not.
    return red.count(S::NotMade) > 0 ? kExitBadInput : kExitOk;
}

int merge(const std::vector<std::string>& args) {
    std::string page, out;
    std::vector<std::string> others;
    bool force = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "-o") {
            if (i + 1 == args.size()) return usage("-o needs the page to write");
            out = args[++i];
        } else if (args[i] == "--force") {
            force = true;
        } else if (args[i].starts_with("-")) {
            return usage("unknown option " + args[i]);
        } else if (page.empty()) {
            page = args[i];
        } else {
            others.push_back(args[i]);
        }
    }
    if (page.empty() || others.empty()) return usage("proof merge needs the page and other copies");
    // Into the page itself only when asked: it is a page document already (the rule of every
    // subcommand: no page written over without --force).
    if (out.empty() && !force) {
        std::cerr << "banmian proof merge: the marks would go into " << page
                  << " itself: --force writes over it, or -o OUT.banmian writes a new page\n";
        return kExitBadInput;
    }
    const std::string target = out.empty() ? page : out;
    if (const auto refused = checkOutputs({{target, OutputKind::Document, "-o"}}, force, others)) {
        std::cerr << "banmian proof merge: " << refused->message << "\n";
        return refused->exitCode;
    }
    auto document = readPage("merge", page);
    if (!document) return kExitBadInput;
    // A signed page's marks are frozen with the rest of it (签样).
    if (const auto frozen = layout::frozenBecause(*document)) {
        std::cerr << "banmian proof merge: " << page << ": " << *frozen << "\n";
        return kExitBadInput;
    }
    std::vector<std::pair<std::string, std::string>> conflicts;
    for (const std::string& file : others) {
        const auto other = readPage("merge", file);
        if (!other) return kExitBadInput;
        const layout::MarksMerged merged = layout::mergeMarks(*document, *other);
        std::cout << "from " << file << ": " << merged.added << " added, " << merged.updated
                  << " updated, " << merged.kept << " kept, " << merged.orphaned << " orphaned\n";
        conflicts.insert(conflicts.end(), merged.conflicts.begin(), merged.conflicts.end());
    }
    for (const auto& [ours, theirs] : conflicts) {
        const layout::ProofMark* a = layout::findMark(document->marks, ours);
        const layout::ProofMark* b = layout::findMark(document->marks, theirs);
        if (!a || !b) continue;
        auto asks = [](const layout::ProofMark& m) {
            return std::string(layout::toString(m.kind)) +
                   (m.correction.empty() ? "" : " " + quoted(m.correction)) + " by " + m.author;
        };
        std::cout << "conflict (冲突) in " << storyTitle(*document, a->range.begin.story) << " on "
                  << quoted(a->text) << ": " << a->id << " " << asks(*a) << " ≠ " << b->id << " "
                  << asks(*b) << " — both kept open: accept one, reject the other\n";
    }
    if (const auto error = layout::writeDocument(*document, target)) {
        std::cerr << "banmian proof merge: " << error->message << "\n";
        return kExitBadInput;
    }
    std::cout << "wrote " << target << " (" << conflicts.size()
              << (conflicts.size() == 1 ? " conflict)" : " conflicts)") << "\n";
    return kExitOk;
}

}  // namespace

int runProofCommand(const std::vector<std::string>& args) {
    if (args.empty()) return usage("which proof command?");
    const std::string& command = args[0];
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (command == "status") return status(rest);
    if (command == "check") return check(rest);
    if (command == "merge") return merge(rest);
    if (command == "mark") return runProofMarkCommand(args);
    if (command == "import") {
        return runProofImportCommand(rest);
    }
    return usage("unknown proof command " + command);
}

}  // namespace banmian::app
