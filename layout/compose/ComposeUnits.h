#pragma once

#include <map>
#include <optional>
#include <tuple>
#include <vector>

#include "layout/flow/FlowStyles.h"
#include "layout/model/Block.h"
#include "layout/model/DayPhoto.h"
#include "layout/model/Story.h"

namespace banmian::layout {

/// What the composer places as one piece: an article with its sidebars and its photos (or a
/// sidebar whose article is not on the page, alone). The first unit is the lead.
struct ComposeUnit {
    std::size_t story = 0;              ///< index into the stories
    std::vector<std::size_t> sidebars;  ///< indices into the stories
    std::vector<std::size_t> photos;    ///< indices into the day's photos
    bool lead = false;
    /// The story's kicker repeats its sidebar's title (国际禁毒日 twice): the block leaves it out.
    bool dropKicker = false;
};

/// The units of a page, in the stories' order (the desk's order of importance): every article
/// with the sidebars that name it and the photos given to it.
std::vector<ComposeUnit> composeUnits(const std::vector<Story>& stories,
                                      const std::vector<DayPhoto>& photos);

/// How much room a story's text takes at a width, measured by setting it (never guessed): the
/// head's grid lines (kicker, headline, subtitle, credits and the blank line under them) and the
/// body's lines of one basic column — its cells, since every text column of a block set in basic
/// columns is one basic column wide.
struct TextNeed {
    int headLines = 0;
    int bodyCells = 0;
    /// The headline's size the block is to take (0: fitted as usual): a size kept under the
    /// lead's so that the lead stands out (the lead's headline ≥ 1.25 × the next).
    LayoutUnit headlineSize = 0;
};

/// The grid lines a boxed story takes, all told, and the headline size it keeps (0: fitted).
struct BoxNeed {
    int lines = 0;
    LayoutUnit headlineSize = 0;
};

/// Measures stories, sidebar boxes and captions for the composer by setting them as the page
/// will: every figure comes from the flow. Remembers what it measured.
class TextNeeds {
public:
    TextNeeds(const std::vector<Story>& stories, const std::vector<DayPhoto>& photos,
              const PageGrid& grid, const FlowStyles& styles, Typesetter& typesetter);

    /// Story `story` in a block `columns` basic columns wide; its headline kept at or under
    /// `headlineCap` (0: no cap); `dropKicker` leaves its kicker out.
    const TextNeed& story(std::size_t story, int columns, bool lead, LayoutUnit headlineCap,
                          bool dropKicker);
    /// Grid lines a boxed story takes `columns` wide, its text in `textColumns` columns, an
    /// article's headline kept at or under `headlineCap` (0: no cap).
    BoxNeed box(std::size_t story, int columns, int textColumns, LayoutUnit headlineCap = 0);
    /// Grid lines photo `photo`'s caption with its credit takes under a frame `columns` wide.
    int captionLines(std::size_t photo, int columns);
    /// The size the lead's headline is set at across `columns`.
    LayoutUnit leadHeadlineSize(std::size_t story, int columns);

private:
    // Flows `block` of story `story` into a block far deeper than any page.
    struct Probe {
        int headLines = 0, usedCells = 0, columns = 1;
        LayoutUnit headlineSize = 0, captionHeight = 0;
        bool overset = false;  ///< the block was too short for the text
    };
    Probe probe(std::size_t story, Block block);
    // Story `story` probed in a block `columns` wide, its headline at `headlineSize` (0: fitted).
    const Probe& storyProbe(std::size_t story, int columns, bool lead, bool dropKicker,
                            LayoutUnit headlineSize);

    const std::vector<Story>& m_stories;
    const std::vector<DayPhoto>& m_photos;
    const PageGrid& m_grid;
    const FlowStyles& m_styles;
    Typesetter& m_typesetter;
    std::map<std::tuple<std::size_t, int, bool, LayoutUnit, bool>, TextNeed> m_storyNeeds;
    std::map<std::tuple<std::size_t, int, bool, bool, LayoutUnit>, Probe> m_storyProbes;
    std::map<std::tuple<std::size_t, int, int, LayoutUnit>, BoxNeed> m_boxes;
    std::map<std::pair<std::size_t, int>, int> m_captions;
    std::map<std::pair<std::size_t, int>, LayoutUnit> m_leadSizes;
};

}  // namespace banmian::layout
