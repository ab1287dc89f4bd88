#include "layout/edition/Edition.h"

#include <utility>

#include "layout/base/Id.h"
#include "layout/base/Utf8.h"
#include "layout/proof/Rounds.h"

namespace banmian::layout {

namespace {

const char* const kRoundNumbers[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};

}  // namespace

PageState pageState(const Document& page, bool sent) {
    if (sent) return {PageStage::Sent};
    if (currentSignOff(page)) return {PageStage::Signed};
    if (page.rounds.empty()) return {PageStage::Composing};
    const ProofRound round = currentRound(page);
    return {PageStage::Proofing, round.number, round.last};
}

std::string stateName(const PageState& state) {
    switch (state.stage) {
        case PageStage::Composing:
            return "排版中";
        case PageStage::Signed:
            return "签版";
        case PageStage::Sent:
            return "已付印";
        case PageStage::Proofing:
            break;
    }
    if (state.lastRound) return "终校";
    if (state.round >= 1 && state.round <= 9)
        return std::string(kRoundNumbers[state.round - 1]) + "校";
    return "第" + std::to_string(state.round) + "校";
}

std::string stateKey(const PageState& state) {
    switch (state.stage) {
        case PageStage::Composing:
            return "composing";
        case PageStage::Signed:
            return "signed";
        case PageStage::Sent:
            return "sent";
        case PageStage::Proofing:
            break;
    }
    return state.lastRound ? "final-round" : "round-" + std::to_string(state.round);
}

std::optional<std::string> openFirstRound(Document& page, const std::string& who,
                                          const std::string& time) {
    if (auto frozen = frozenBecause(page)) return frozen;
    if (!page.rounds.empty())
        return "the page is in proof already (" + roundName(currentRound(page)) + ")";
    // The first round's text is the manuscripts' (稿件原文): its proof shows no changes yet, the
    // next round's shows what changed since the copy came in.
    ProofRound first{1, false, who, time, page.manuscripts};
    if (first.texts.empty()) first.texts = storyTexts(page.stories);
    page.rounds.push_back(std::move(first));
    return std::nullopt;
}

const EditionPage* Edition::page(int number) const {
    for (const EditionPage& p : pages) {
        if (p.number == number) return &p;
    }
    return nullptr;
}

EditionPage* Edition::page(int number) {
    return const_cast<EditionPage*>(std::as_const(*this).page(number));
}

std::optional<std::string> checkNewEdition(const std::string& paper, const CalendarDate& date,
                                           int count) {
    if (paper.empty()) return "an edition needs the paper's name (--paper NAME)";
    if (!isValid(date)) return "the edition's date is not a day of the calendar";
    if (count < 1 || count > kMaxEditionPages)
        return "an edition has from 1 to " + std::to_string(kMaxEditionPages) + " pages, not " +
               std::to_string(count);
    return std::nullopt;
}

Document newEditionPage(const std::string& paper, const CalendarDate& date, PagePreset preset,
                        const EditionPage& page) {
    Document document;
    document.page.grid = pageGrid(preset);
    document.page.masthead.title = paper;
    document.page.masthead.publication = date;
    document.page.number = page.number;
    document.page.section = page.section;
    if (page.number > 1) {
        Block header;
        header.id = newId();
        header.kind = BlockKind::Folio;
        header.area = {{0, document.page.grid.columns, 0, 1}};
        document.page.blocks.push_back(header);
    }
    return document;
}

EditionStory editionStory(Story story, long long version, std::vector<int> pages) {
    // A story split off or typed in without a head shows its first words.
    std::string title = story.headline.empty() ? story.kicker : story.headline;
    if (title.empty() && !story.paragraphs.empty())
        title = std::string(utf8::prefix(story.paragraphs.front(), 12)) + "…";
    const std::size_t characters = story.characterCount();
    std::string id = story.id;
    return {std::move(id), std::move(title), characters,
            version,       std::move(pages), std::move(story)};
}

std::vector<EditionPage> numberedPages(int count) {
    std::vector<EditionPage> pages;
    for (int n = 1; n <= count; ++n) pages.push_back({n, n == 1 ? "要闻" : ""});
    return pages;
}

}  // namespace banmian::layout
