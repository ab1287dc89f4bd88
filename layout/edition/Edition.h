#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "layout/document/Document.h"
#include "layout/model/MastheadDate.h"

namespace banmian::layout {

/// Where a page stands in the day's work, as the page plan (版面规划) shows it: 排版中 while the
/// designer composes it, then its proof rounds (一校, 二校, 三校 … 终校), 签版 once the editor has
/// signed it off, 已付印 once it has gone to the plant.
enum class PageStage { Composing, Proofing, Signed, Sent };

struct PageState {
    PageStage stage = PageStage::Composing;
    /// While proofing: the round open now (1 for 一校), and whether it is the last (终校).
    int round = 0;
    bool lastRound = false;

    bool operator==(const PageState&) const = default;
};

/// The page's state from its document: no round on record is 排版中 (a page goes to proof when
/// its first round is opened, openFirstRound()); signed is 签版; `sent` (the edition keeps it,
/// since the plant's copy is not the page's) is 已付印.
PageState pageState(const Document& page, bool sent);

/// 排版中, 一校, 二校, 三校, 四校 …, 终校, 签版, 已付印: as the newsroom says it.
std::string stateName(const PageState& state);
/// composing, round-1 … round-N, final-round, signed, sent: as status JSON and the database say it.
std::string stateKey(const PageState& state);

/// Sends a page still being composed to its first proof (一校), opened by `who` at `time` (ISO
/// 8601 with its offset); the message when it is in proof already or signed off.
std::optional<std::string> openFirstRound(Document& page, const std::string& who,
                                          const std::string& time);

/// One page of an edition as the page plan lists it.
struct EditionPage {
    int number = 1;           ///< 版次: 1 for the front page (第1版)
    std::string section;      ///< 版名: 要闻, 综合, 评论, 副刊 … (the 报眉 prints it)
    bool sent = false;        ///< handed to the plant (已付印)
    std::string sentAt = {};  ///< when, ISO 8601 with its offset

    bool operator==(const EditionPage&) const = default;
};

/// A day's paper: its name, the day it comes out, and its pages in order.
struct Edition {
    std::string paper;  ///< the paper's name, as its masthead prints it
    CalendarDate date;
    std::vector<EditionPage> pages;

    const EditionPage* page(int number) const;
    EditionPage* page(int number);
    bool operator==(const Edition&) const = default;
};

/// The edition's pages numbered 1…`count`, page 1 要闻 and the rest without a section yet; the
/// message when `count` is not between 1 and kMaxEditionPages or the date is not a day.
std::optional<std::string> checkNewEdition(const std::string& paper, const CalendarDate& date,
                                           int count);
std::vector<EditionPage> numberedPages(int count);

/// One page's line in the edition's status and its page plan (版面规划).
struct PageStatus {
    int number = 0;
    std::string section;
    PageState state;
    std::string holder;  ///< who holds the layout now (a live lease, a window); empty: no one
    std::string leaseUntil;
    long long version = 0;
    int stories = 0;
    int openMarks = 0, marks = 0;
    std::string savedBy, savedAt;
};

/// A new page of the edition: the grid of `preset`, the masthead's name and date from the edition,
/// its number and section, and on an inside page its 报眉 at the top (page 1's masthead is set
/// when its stories are composed). What the database and the folder make an edition of.
Document newEditionPage(const std::string& paper, const CalendarDate& date, PagePreset preset,
                        const EditionPage& page);

/// A story of the edition as the window lists it (Place Story from Edition…): what a designer
/// picks one to place by, from the database or a folder.
struct EditionStory {
    std::string id;
    std::string title;  ///< its headline, else its kicker, else its first words
    std::size_t characters = 0;
    long long version = 0;
    std::vector<int> pages;  ///< the pages it is placed on, in order; none: still in the stock
    Story story;             ///< its text as it stands, for placing it on a page
};

/// `story` as the edition lists it: its title (its headline, else its kicker, else its first
/// words), its characters, `version` and the pages it stands on.
EditionStory editionStory(Story story, long long version, std::vector<int> pages);

/// A paper of more pages than this is a typing mistake (the largest dailies print ~100).
inline constexpr int kMaxEditionPages = 200;

}  // namespace banmian::layout
