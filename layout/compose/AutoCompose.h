#pragma once

#include <stop_token>
#include <string>
#include <vector>

#include "layout/compose/PageMeasure.h"
#include "layout/flow/FlowStyles.h"
#include "layout/model/Block.h"
#include "layout/model/DayPhoto.h"
#include "layout/model/PrintSettings.h"
#include "layout/model/Story.h"

namespace banmian::layout {

/// One layout the composer offers: the page, its measure and its score (lower is better).
struct ComposedPage {
    Page page;
    PageMeasure measure;
    double score = 0;
    /// The plan in a designer's words: "头条通栏标题 · 5+3栏" …
    std::string plan;
};

/// Composes front pages from the day's stories and photos as a front-page designer plans one:
/// the masthead across the top; the lead, first of the stories, at the top left, widest, with the
/// largest headline (set across the whole page or over its own columns); the others in pieces
/// cut across and down the rest of the type area (guillotine cuts), each as deep as its text and
/// photos fill, so the pieces fill the page; sidebars boxed under or beside their story; each
/// photo in a frame of photographic proportions across the top of its story's body, as large as
/// its pixels and its story's importance allow. Many plans are tried (a seeded search: the same
/// stories give the same pages); each is scored by what its page measures — empty cells, heads
/// side by side, stories out of proportion, empty frames — and the `count` best different plans
/// are returned, best first.
/// `before`, the page composed again, gives its 报眼 (keepEars()): the designer's furniture stays.
/// `stop` abandons the search between two plans (a window whose designer gave up waiting): then
/// nothing is returned. Asked or not, it changes nothing in what a search that ends finds.
std::vector<ComposedPage> composeVariants(const std::vector<Story>& stories,
                                          const std::vector<DayPhoto>& photos, const PageGrid& grid,
                                          const Masthead& masthead, const FlowStyles& styles,
                                          const PrintSettings& print, Typesetter& typesetter,
                                          int count, const Page* before = nullptr,
                                          std::stop_token stop = {});

/// The best of composeVariants(): the page auto-compose gives.
Page autoCompose(const std::vector<Story>& stories, const PageGrid& grid, const Masthead& masthead,
                 const FlowStyles& styles, Typesetter& typesetter,
                 const std::vector<DayPhoto>& photos = {}, const PrintSettings& print = {});

}  // namespace banmian::layout
