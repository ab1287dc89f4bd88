#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "layout/compose/ComposeUnits.h"
#include "layout/model/PageGrid.h"
#include "layout/model/PrintSettings.h"

namespace banmian::layout {

/// A cost no layout should pay: what cannot be.
inline constexpr double kImpossible = std::numeric_limits<double>::infinity();

/// How one unit fills its piece of the page: its story block, its sidebars' boxes, its photos'
/// band, and what that costs (empty cells, photos out of proportion, a sliver of a story).
struct UnitLayout {
    double cost = kImpossible;
    int storyColumns = 0, storyLines = 0;  ///< the story block, at the piece's top left
    int headLines = 0;
    LayoutUnit headlineSize = 0;  ///< the headline's size when kept under the lead's (TextNeed)
    bool boxedStory = false;      ///< a sidebar alone: its own box
    enum class Boxes { None, Under, Beside } boxes = Boxes::None;
    int boxColumns = 0;  ///< each box's width (Under: the piece's; Beside: the strip's)
    int boxTextColumns = 1;
    std::vector<int> boxLines;  ///< each sidebar's box depth, in the unit's sidebar order
    /// The photos' band across the top of the body: its width (shared out among the photos)
    /// and depth in grid lines, caption lines included; 0 wide: no band.
    int bandColumns = 0, bandLines = 0;
    int bandPhotos = 0;  ///< the unit's first photos in the band; the rest are left out
    /// The photos after them at the foot of the story's text, against its right edge: the
    /// band's width, depth (captions included) and how many photos; 0 wide: none.
    int footColumns = 0, footLines = 0, footPhotos = 0;
    bool placeholder = false;  ///< an empty frame kept for a photo to come
    /// The band stands above the head, not under it: a story led by its picture, its head kept
    /// from a neighbour's (撞题). Only a band as wide as the story can.
    bool photoFirst = false;
    int emptyCells = 0;    ///< body cells the text leaves empty
    int oversetCells = 0;  ///< body cells of text that did not fit

    /// Whether its head stands at the top of its piece, where a head beside it collides (撞题):
    /// not when boxed, led by its photo, or headless (the lead's headline across the page).
    bool headAtTop() const { return headLines > 0 && !boxedStory && !photoFirst; }
};

/// A unit's best layouts at each depth: with its head at the top of its piece, and without
/// (boxed, led by its photo, headless), so that the plan can keep two heads apart.
struct UnitTable {
    std::vector<UnitLayout> headed, open;
};

/// The layouts of unit `unit` `columns` wide at every depth from 0 to `maxLines`: the best at
/// each depth, with its head at the top and without (costs are per depth, so that the page's
/// plan can share depth out among units).
class UnitLayouts {
public:
    UnitLayouts(const std::vector<Story>& stories, const std::vector<ComposeUnit>& units,
                const std::vector<DayPhoto>& photos, const PageGrid& grid,
                const PrintSettings& print, TextNeeds& needs);

    /// Unit `unit` `columns` wide at each depth; `headless`: its head is set elsewhere (the
    /// lead's headline across the page); `headlineCap`: the size other headlines stay under.
    const UnitTable& at(int unit, int columns, bool headless, LayoutUnit headlineCap, int maxLines);

private:
    void addBandOptions(const ComposeUnit& unit, int storyColumns,
                        std::vector<std::pair<UnitLayout, double>>& bands) const;
    double photosLeftOut(const ComposeUnit& unit, std::size_t shown) const;
    struct PhotoBand {
        int columns = 0, lines = 0;  ///< lines: the photos' and their captions'
        double cost = 0;
    };
    std::vector<PhotoBand> photoBands(const ComposeUnit& unit, std::size_t first, std::size_t count,
                                      int storyColumns) const;

    const std::vector<Story>& m_stories;
    const std::vector<ComposeUnit>& m_units;
    const std::vector<DayPhoto>& m_photos;
    const PageGrid& m_grid;
    const PrintSettings& m_print;
    TextNeeds& m_needs;
    std::map<std::tuple<int, int, bool, LayoutUnit, int>, UnitTable> m_tables;
};

/// A plan of the page's body as a desk sketches it: the area cut across or down, again and again
/// (guillotine cuts), until each piece holds one unit; units in reading order, the lead first,
/// top left. Each node keeps the units [firstUnit, endUnit) it holds.
struct PlanNode {
    enum class Cut { None, Across, Down };
    Cut cut = Cut::None;
    int firstUnit = 0, endUnit = 0;
    int first = -1, second = -1;  ///< the two pieces (top, bottom or left, right)
    int splitUnit = 0;            ///< where the units part between them
    int firstColumns = 0;         ///< Down: the left piece's width
};

struct PagePlan {
    std::vector<PlanNode> nodes;
    int root = -1;
    /// The lead's headline across the whole type area (通栏), its body in the plan's first piece.
    bool leadHeadAcross = true;
};

/// Where a plan put a unit, and how it fills it.
struct PlacedUnit {
    int unit = 0;
    GridRect area;
    UnitLayout layout;
};

/// A plan's pieces placed on the body area with the depths that fill it best.
struct PlanOutcome {
    double cost = kImpossible;
    std::vector<PlacedUnit> units;
    int leadBandLines = 0;  ///< the lead's head across the page, when it is
    LayoutUnit headlineCap = 0;
};

/// Which of a piece's top corners hold a head at its top line: the top-left unit's (2) and the
/// top-right unit's (1). A cut down between two heads at the top costs a collision (撞题).
inline constexpr std::size_t kTops = 4;

/// A piece of a plan solved, for each of its tops: its best cost at every depth; cut across, the
/// depth of its top piece and the tops of its bottom piece; cut down, the tops of its two pieces.
struct SolvedPiece {
    std::array<std::vector<double>, kTops> cost;
    std::array<std::vector<int>, kTops> split;
    std::array<std::vector<std::uint8_t>, kTops> firstTops, secondTops;
};

/// Pieces solved for the plans tried so far, by their shape (cuts, units, widths) and what they
/// were solved for (the body's height, the lead's head, the headline cap): a plan shares most of
/// its pieces with plans tried before it (hill climbing changes one piece and keeps the rest).
using SolvedPieces = std::unordered_map<std::string, SolvedPiece>;

/// Places `plan` on the body area (`columns` wide from column 0, lines [top, foot)): the depths
/// found by dynamic programming over the cuts, then heads side by side and a lead narrower than
/// another story charged, cuts across moved to part heads that meet lower down unless the plan
/// could not then cost less than `worthMoving`. `solved` keeps the pieces solved from one plan
/// to the next.
PlanOutcome placePlan(const PagePlan& plan, int top, int foot, UnitLayouts& layouts,
                      SolvedPieces& solved, TextNeeds& needs, const std::vector<ComposeUnit>& units,
                      const PageGrid& grid, double worthMoving = kImpossible);

/// A plan of `unitCount` units on `columns` columns, cut at random where cuts make sense.
PagePlan randomPlan(int unitCount, int columns, bool leadHeadAcross, std::mt19937& random);

/// `plan` with one piece cut again at random or one cut moved: a neighbour for the search.
PagePlan mutatePlan(const PagePlan& plan, int columns, std::mt19937& random);

}  // namespace banmian::layout
