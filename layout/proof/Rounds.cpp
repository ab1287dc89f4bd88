#include "layout/proof/Rounds.h"

#include <algorithm>

#include "layout/model/DocumentText.h"
#include "layout/proof/TextDiff.h"

namespace banmian::layout {

ProofRound currentRound(const Document& document) {
    if (document.rounds.empty()) return ProofRound{};
    return document.rounds.back();
}

std::string roundName(const ProofRound& round) {
    if (round.last) return "终校";
    static const char* const kDigits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    const int n = std::max(1, round.number);
    std::string name;
    if (n < 10) {
        name = kDigits[n];
    } else {
        // 十校, 十一校 … 二十校: a newsroom that gets there still reads it.
        if (n / 10 > 1) name = kDigits[(n / 10) % 10];
        name += "十";
        name += kDigits[n % 10];
    }
    return name + "校";
}

std::optional<SignOffEvent> currentSignOff(const Document& document) {
    if (document.signOffs.empty() || document.signOffs.back().kind != SignOffEvent::Kind::Sign)
        return std::nullopt;
    return document.signOffs.back();
}

std::optional<std::string> frozenBecause(const Document& document) {
    const auto signedOff = currentSignOff(document);
    if (!signedOff) return std::nullopt;
    return "the page is signed off (签样 by " + signedOff->by + " at " + signedOff->time +
           "): lift the sign-off first";
}

std::optional<std::string> openNextRound(Document& document, const std::string& who,
                                         const std::string& time, bool last) {
    if (auto frozen = frozenBecause(document)) return frozen;
    const ProofRound now = currentRound(document);
    if (now.last) return "the last round (终校) is open: the page is signed off after it";
    // The first round was never opened on record (the page as made): it is written down now, so
    // that the list reads 一校, 二校 … with nothing missing.
    // Each round keeps the text it was opened with, the next one's proof shows what changed since
    // (the first: the manuscripts, the text as it came in).
    if (document.rounds.empty()) {
        ProofRound first = now;
        first.texts = document.manuscripts;
        document.rounds.push_back(std::move(first));
    }
    document.rounds.push_back({now.number + 1, last, who, time, storyTexts(document.stories)});
    return std::nullopt;
}

std::vector<TextRange> changesSinceLastRound(const Document& document) {
    const ProofRound now = currentRound(document);
    const auto last = std::find_if(document.rounds.begin(), document.rounds.end(),
                                   [&](const ProofRound& r) { return r.number == now.number - 1; });
    if (last == document.rounds.end()) return {};
    const DocumentText text(document.stories);
    std::vector<TextRange> changes;
    for (const Manuscript& was : last->texts) {
        const auto span = text.storySpan(was.story);
        if (!span) continue;
        const std::string_view story =
                std::string_view(text.text()).substr(span->begin, span->end - span->begin);
        for (const TextDiff::Edit& edit : TextDiff(was.text, story).edits()) {
            changes.push_back({text.placeAt(span->begin + edit.afterBegin),
                               text.placeAt(span->begin + edit.afterEnd)});
        }
    }
    return changes;
}

std::optional<std::string> signOff(Document& document, const std::string& who,
                                   const std::string& time) {
    if (auto frozen = frozenBecause(document)) return "the page is signed off already";
    if (who.empty()) return "who signs the page off? A sign-off carries the editor's name";
    document.signOffs.push_back({SignOffEvent::Kind::Sign, who, time, {}});
    return std::nullopt;
}

std::optional<std::string> liftSignOff(Document& document, const std::string& who,
                                       const std::string& time, const std::string& note) {
    if (!currentSignOff(document)) return "the page is not signed off";
    if (who.empty()) return "who lifts the sign-off? Lifting it is recorded with a name";
    document.signOffs.push_back({SignOffEvent::Kind::Lift, who, time, note});
    return std::nullopt;
}

std::vector<Manuscript> storyTexts(const std::vector<Story>& stories) {
    const DocumentText text(stories);
    std::vector<Manuscript> texts;
    for (const Story& story : stories) {
        if (const auto span = text.storySpan(story.id); span && !story.id.empty())
            texts.push_back({story.id, text.text().substr(span->begin, span->end - span->begin)});
    }
    return texts;
}

void keepManuscripts(Document& document) {
    for (Manuscript& text : storyTexts(document.stories)) {
        const bool kept = std::any_of(document.manuscripts.begin(), document.manuscripts.end(),
                                      [&](const Manuscript& m) { return m.story == text.story; });
        if (!kept) document.manuscripts.push_back(std::move(text));
    }
}

}  // namespace banmian::layout
