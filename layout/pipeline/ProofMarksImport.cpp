#include "layout/pipeline/ProofMarksImport.h"

#include <map>

#include "layout/pdf/PdfAnnotationReader.h"
#include "layout/proof/MarkMerge.h"
#include "layout/proof/Rounds.h"

namespace banmian::layout {
namespace {

Diagnostic refusal(std::string kind, std::string message) {
    return Diagnostic{0, std::move(message), Severity::Error, std::move(kind)};
}

std::string described(const ProofMark& mark) {
    std::string out = toString(mark.kind);
    if (!mark.text.empty()) out += " “" + mark.text + "”";
    if (!mark.correction.empty()) out += " → “" + mark.correction + "”";
    if (!mark.author.empty()) out += " (" + mark.author + ")";
    return out;
}

// The page's stories by the proof's ids, where the ids differ but the stories are the same text: a
// page from before ids were kept (version 1 or 2) is given new ones each time it is read, so its
// proof names stories that the page, read again, has under other ids.
std::map<std::string, std::string> sameStoriesOtherIds(const Document& proof,
                                                       const Document& page) {
    std::map<std::string, std::string> ids;
    for (const Story& theirs : proof.stories) {
        for (const Story& mine : page.stories) {
            if (mine.headline == theirs.headline && mine.paragraphs == theirs.paragraphs &&
                mine.kicker == theirs.kicker && mine.subtitle == theirs.subtitle) {
                ids.emplace(theirs.id, mine.id);
                break;
            }
        }
    }
    return ids;
}

bool shareAStory(const Document& a, const Document& b) {
    for (const Story& mine : a.stories) {
        for (const Story& theirs : b.stories) {
            if (mine.id == theirs.id) return true;
        }
    }
    return false;
}

}  // namespace

std::string ProofMarksImported::summary() const {
    std::string out = std::to_string(added) + (added == 1 ? " mark" : " marks") + " added, " +
                      std::to_string(updated) + " updated, " + std::to_string(kept) + " kept, " +
                      std::to_string(orphaned.size()) + " orphaned";
    if (reanchored > 0) {
        out += "; re-anchored " + std::to_string(reanchored) +
               (reanchored == 1 ? " mark" : " marks") + " to the page's text now";
    }
    if (!skipped.empty()) out += "; " + std::to_string(skipped.size()) + " annotations skipped";
    return out;
}

Result<ProofMarksImported> importProofMarks(Document& document, std::string_view pdf,
                                            PageComposer& composer, const std::string& pdfName,
                                            const std::string& pageName) {
    // A signed page (签样) takes no marks until its sign-off is lifted.
    if (const auto frozen = frozenBecause(document))
        return refusal("signed-off", pageName + ": " + *frozen);
    auto read = readPdfProof(pdf);
    if (!read) return refusal("bad-pdf", pdfName + " " + read.error().message);
    const PdfProofContents& proof = read.value();
    if (proof.sourceJson.empty()) {
        return refusal("not-a-proof",
                       pdfName +
                               " carries no Banmian page: it is no proof made by banmian export "
                               "--proof (or one made before proofs carried their page)");
    }
    auto parsed = documentFromJson(proof.sourceJson);
    if (!parsed) {
        return refusal("not-a-proof",
                       pdfName + ": the page it carries cannot be read: " + parsed.error().message);
    }
    const Document source = std::move(parsed).value();
    std::map<std::string, std::string> renamed;
    if (!shareAStory(source, document)) renamed = sameStoriesOtherIds(source, document);
    if (!shareAStory(source, document) && renamed.empty()) {
        return refusal(
                "another-page",
                pdfName + " is a proof of another page (no story in common with " + pageName + ")");
    }
    // The page exactly as the proof drew it: the same engine composing the same document.
    auto layout = composer.layout(source);
    if (!layout) return layout.error();

    ProofMarksRead marks = readProofMarks(source, layout.value(), proof, document.marks);
    ProofMarksImported out;
    out.skipped = std::move(marks.skipped);

    // New marks, and marks of the proof the page no longer has, come in by merging: found again by
    // their text where the page moved it, orphaned (never dropped) where it is gone.
    Document other;
    other.stories = source.stories;
    other.marks = marks.added;
    // A proofreader's new marks belong to the round the page is in (校次).
    for (ProofMark& mark : other.marks) mark.round = currentRound(document).number;
    for (const std::string& id : marks.kept) {
        if (findMark(document.marks, id)) {
            ++out.kept;
        } else if (const ProofMark* mark = findMark(source.marks, id)) {
            other.marks.push_back(*mark);
        }
    }
    for (const ProofMark& changed : marks.updated) {
        if (ProofMark* mark = findMark(document.marks, changed.id)) {
            // A mark decided here since the proof went out stays as it was decided: the editor's
            // decision was on what it asked then.
            if (mark->status != MarkStatus::Open) {
                ++out.kept;
                continue;
            }
            // What it asks for changed; where it is stays the page's own.
            mark->kind = changed.kind;
            mark->correction = changed.correction;
            ++out.updated;
        } else {
            other.marks.push_back(changed);
        }
    }
    // The proof's stories under the page's ids, and its marks on them.
    for (Story& story : other.stories) {
        if (const auto id = renamed.find(story.id); id != renamed.end()) story.id = id->second;
    }
    for (ProofMark& mark : other.marks) {
        for (TextPlace* place : {&mark.range.begin, &mark.range.end}) {
            if (const auto id = renamed.find(place->story); id != renamed.end())
                place->story = id->second;
        }
    }
    std::map<std::string, TextRange> drawnAt;
    for (const ProofMark& mark : other.marks) drawnAt[mark.id] = mark.range;
    mergeMarks(document, other);
    for (const auto& [id, range] : drawnAt) {
        const ProofMark* mark = findMark(document.marks, id);
        if (!mark) continue;
        ++out.added;
        if (mark->orphaned) {
            out.orphaned.push_back(described(*mark));
        } else if (mark->range != range) {
            ++out.reanchored;
        }
    }
    return out;
}

}  // namespace banmian::layout
