#include "layout/compose/PagePlan.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>

#include "layout/compose/FaultCosts.h"
#include "layout/compose/PageMeasure.h"

namespace banmian::layout {
namespace {

// What each fault costs a plan, in the currency of one empty grid cell: those that fail a page
// as its score counts them (FaultCosts.h), and the plan's own. A story too short for its width is
// worth rebuilding much of the page for; an empty frame kept for a photo is worth a few lines of
// text.
using namespace faultCost;
constexpr double kLeadNotWidest = 400;
constexpr double kBoxedBrief = 30;  // a short story boxed (加框), to keep its head from another's
constexpr double kBoxBeyondTwo = 80;  // each box past the second on a page
// A story under its photo, its head lower than its neighbours': only where a head beside it
// would otherwise collide, since lower down it may meet another.
constexpr double kPhotoFirst = 10;
// How far a cut across may be moved from where the depths put it, to part heads lower down.
constexpr int kMovedCutLines = 6;
// Stories this short may be boxed.
constexpr std::size_t kBriefCharacters = 600;
constexpr double kShortLine = 0.3;  // a column ending a line short of its block's foot
constexpr double kSliver = 30;
constexpr double kFlatStory = 250;  // a story no deeper than wide: per unit it falls short of 0.6
constexpr double kFlatLead = 150;   // the lead: per unit its depth falls short of its width
// An empty frame costs this much more a grid cell: several frames of a story's size are a page
// waiting for its pictures, one vast one a hole with a cross in it.
constexpr double kPlaceholderCell = 0.15;
constexpr double kPhotoOffRatio = 40;
constexpr double kPhotoCropped = 30;
constexpr double kPhotoUnderGoodResolution = 8;
constexpr double kPhotoSmallForLead = 5;

// Photographic proportions a frame takes (width over height), widest first: 3:2 (35 mm), 4:3,
// 5:4 (large format, the 8×10 print), 1:1, and the same upright.
constexpr double kPhotoRatios[] = {3.0 / 2, 4.0 / 3, 5.0 / 4, 1.0, 4.0 / 5, 3.0 / 4, 2.0 / 3};
constexpr double kNarrowestRatio = kPhotoRatios[std::size(kPhotoRatios) - 1];
// How far a frame may stray from one of them on the grid, and how much of a photo's width or
// height a frame may crop away.
constexpr double kRatioTolerance = 0.08;
constexpr double kCropTolerance = 0.2;
// A landscape photo may be cropped square (a third of its width) where the copy is short of the
// page: a desk crops hard rather than leave a hole, but only then.
constexpr double kHardCropTolerance = 0.34;
constexpr double kPhotoCroppedHard = 300;  // per unit of crop past kCropTolerance

// Cells a block's text leaves empty, its columns set level: none, or a hole as deep as the
// cells over its columns.
double holeCost(int emptyCells, int columns) {
    if (emptyCells <= 0) return 0;
    const int lines = (emptyCells + columns - 1) / std::max(1, columns);
    return kHole + kHoleLine * lines + emptyCells;
}

double offRatio(double aspect) {
    double best = kImpossible;
    for (double r : kPhotoRatios) best = std::min(best, std::abs(aspect / r - 1));
    return best;
}

LayoutUnit spanWidth(const PageGrid& grid, int columns) {
    return columns * grid.columnWidth() + (columns - 1) * grid.gutter();
}

}  // namespace

UnitLayouts::UnitLayouts(const std::vector<Story>& stories, const std::vector<ComposeUnit>& units,
                         const std::vector<DayPhoto>& photos, const PageGrid& grid,
                         const PrintSettings& print, TextNeeds& needs)
    : m_stories(stories),
      m_units(units),
      m_photos(photos),
      m_grid(grid),
      m_print(print),
      m_needs(needs) {}

// The bands of photos a story `storyColumns` wide may carry across the top of its body, each
// with its cost: its photos side by side, as deep as one another, each frame in photographic
// proportion and cropping its photo little, none printing under the plant's resolution. A story
// without photos may carry none, or an empty frame kept for one.
void UnitLayouts::addBandOptions(const ComposeUnit& unit, int storyColumns,
                                 std::vector<std::pair<UnitLayout, double>>& bands) const {
    const std::size_t count = unit.photos.size();
    if (count == 0) {
        bands.push_back({UnitLayout{}, 0});
        for (int columns = 2; columns <= storyColumns; ++columns) {
            const double width = static_cast<double>(spanWidth(m_grid, columns));
            // Every depth that keeps the frame within a photographic proportion.
            const int shallowest =
                    static_cast<int>(width / kPhotoRatios[0] / m_grid.leading * 0.92);
            const int deepest =
                    static_cast<int>(width / kNarrowestRatio / m_grid.leading * 1.08) + 1;
            for (int lines = std::max(4, shallowest); lines <= deepest; ++lines) {
                const double aspect = width / (lines * static_cast<double>(m_grid.leading));
                if (offRatio(aspect) > kRatioTolerance) continue;
                UnitLayout band;
                band.bandColumns = columns;
                band.bandLines = lines;
                band.placeholder = true;
                // A frame kept for news is landscape, as most news photos are.
                const double portrait = aspect < 1.2 ? 10 : 0;
                bands.push_back({band, kPlaceholder + kPlaceholderCell * columns * lines +
                                               portrait + kPhotoOffRatio * offRatio(aspect)});
            }
        }
        return;
    }
    auto leftOut = [&](std::size_t shown) { return photosLeftOut(unit, shown); };
    // The lead's photo is the page's picture: most of its width.
    auto narrow = [&](const PhotoBand& band, std::size_t shown) {
        const int wanted =
                unit.lead ? std::max(3, (storyColumns * 3 + 4) / 5) : 2 * static_cast<int>(shown);
        return kPhotoSmallForLead * std::max(0, wanted - band.columns);
    };
    bands.push_back({UnitLayout{}, leftOut(0)});
    for (std::size_t shown = count; shown >= 1; --shown) {
        for (const PhotoBand& top : photoBands(unit, 0, shown, storyColumns)) {
            UnitLayout layout;
            layout.bandColumns = top.columns;
            layout.bandLines = top.lines;
            layout.bandPhotos = static_cast<int>(shown);
            bands.push_back({layout, top.cost + narrow(top, shown) + leftOut(shown)});
        }
    }
    // A story of two photos or more may carry the first over its text and the rest at its foot,
    // as a desk sets a long story: its depth is not then bound to one band's. Of the pairs of
    // bands, the cheapest for each count of cells they take (the text's room), the shallower on
    // a tie, and again for a top band as wide as the story (which may lead it).
    for (std::size_t split = 1; split < count; ++split) {
        const std::vector<PhotoBand> feet = photoBands(unit, split, count - split, storyColumns);
        std::map<std::pair<int, bool>, std::pair<UnitLayout, double>> cheapest;
        for (const PhotoBand& top : photoBands(unit, 0, split, storyColumns)) {
            for (const PhotoBand& foot : feet) {
                UnitLayout layout;
                layout.bandColumns = top.columns;
                layout.bandLines = top.lines;
                layout.bandPhotos = static_cast<int>(split);
                layout.footColumns = foot.columns;
                layout.footLines = foot.lines;
                layout.footPhotos = static_cast<int>(count - split);
                const double cost = top.cost + narrow(top, split) + foot.cost + leftOut(count);
                const int cells = top.columns * (top.lines + 1) + foot.columns * (foot.lines + 1);
                auto& best = cheapest[{cells, top.columns == storyColumns}];
                const int lines = top.lines + foot.lines;
                if (best.first.bandPhotos == 0 || cost < best.second ||
                    (cost == best.second && lines < best.first.bandLines + best.first.footLines))
                    best = {layout, cost};
            }
        }
        for (auto& [key, option] : cheapest) bands.push_back(std::move(option));
    }
}

// Photos the story has no room for are left for the designer: a page without them costs more
// than a page a line short, but a page there is. Where the story has room for some of its
// photos, the first `shown` stand in its band and only the rest are left.
// The lead's first photo is the page's picture, the last a desk would leave out: dearer than
// every other photo of the day left out.
double UnitLayouts::photosLeftOut(const ComposeUnit& unit, std::size_t shown) const {
    const double pagePicture = unit.lead && shown == 0 ? double(m_photos.size()) : 0;
    return kPhotoLeftOut * (double(unit.photos.size() - shown) + pagePicture);
}

// The bands that photos [first, first + count) of a unit may make across a story
// `storyColumns` wide: side by side, as deep as one another, captions under them, each in a
// photographic proportion, none printing under the plant's resolution.
std::vector<UnitLayouts::PhotoBand> UnitLayouts::photoBands(const ComposeUnit& unit,
                                                            std::size_t first, std::size_t count,
                                                            int storyColumns) const {
    std::vector<PhotoBand> bands;
    const int n = static_cast<int>(count);
    auto photoOf = [&](std::size_t p) -> const DayPhoto& {
        return m_photos[unit.photos[first + p]];
    };
    for (int columns = 2 * n; columns <= storyColumns; ++columns) {
        // Each photo's share of the band in proportion to its width for a common depth, so that
        // a portrait and a landscape photo stand side by side uncropped: two columns at least,
        // the columns left over to the widest.
        std::vector<double> aspects;
        double sum = 0;
        for (std::size_t p = 0; p < count; ++p) {
            const DayPhoto& photo = photoOf(p);
            aspects.push_back(photo.pixelHeight > 0 ? double(photo.pixelWidth) / photo.pixelHeight
                                                    : 1.5);
            sum += aspects.back();
        }
        std::vector<int> shares(count);
        int given = 0;
        for (std::size_t p = 0; p < count; ++p) {
            shares[p] = std::max(2, static_cast<int>(columns * aspects[p] / sum));
            given += shares[p];
        }
        const auto widest = std::max_element(aspects.begin(), aspects.end()) - aspects.begin();
        shares[static_cast<std::size_t>(widest)] += columns - given;
        if (shares[static_cast<std::size_t>(widest)] < 2) continue;
        double lowest = kImpossible, highest = 0;
        for (std::size_t p = 0; p < count; ++p) {
            const double ideal = spanWidth(m_grid, shares[p]) / aspects[p] / m_grid.leading;
            lowest = std::min(lowest, ideal / (1 + kHardCropTolerance));
            highest = std::max(highest, ideal / (1 - kHardCropTolerance));
        }
        for (int lines = std::max(4, int(lowest)); lines <= int(std::ceil(highest)); ++lines) {
            double cost = 0;
            int captions = 0;
            for (std::size_t p = 0; p < count && cost < kImpossible; ++p) {
                const DayPhoto& photo = photoOf(p);
                const double width = static_cast<double>(spanWidth(m_grid, shares[p]));
                const double height = lines * static_cast<double>(m_grid.leading);
                const double frame = width / height;
                const double crop = std::abs(frame / aspects[p] - 1);
                if (crop > kHardCropTolerance || offRatio(frame) > kRatioTolerance) {
                    cost = kImpossible;
                    break;
                }
                cost += kPhotoOffRatio * offRatio(frame) + kPhotoCropped * crop +
                        kPhotoCroppedHard * std::max(0.0, crop - kCropTolerance);
                if (photo.pixelWidth > 0 && photo.pixelHeight > 0) {
                    // Filled as placePhoto() fills it: the larger scale of the two sides.
                    const double inch = 72.0 * kUnitsPerPoint;
                    const double scale = std::max(width / inch / photo.pixelWidth,
                                                  height / inch / photo.pixelHeight);
                    const double ppi = 1 / scale;
                    if (ppi < m_print.minPhotoPpi)
                        cost = kImpossible;
                    else if (ppi < m_print.goodPhotoPpi)
                        cost += kPhotoUnderGoodResolution;
                }
                captions =
                        std::max(captions, m_needs.captionLines(unit.photos[first + p], shares[p]));
            }
            if (cost == kImpossible) continue;
            bands.push_back({columns, lines + captions, cost});
        }
    }
    return bands;
}

const UnitTable& UnitLayouts::at(int unitIndex, int columns, bool headless, LayoutUnit headlineCap,
                                 int maxLines) {
    const auto key = std::make_tuple(unitIndex, columns, headless, headlineCap, maxLines);
    if (const auto found = m_tables.find(key); found != m_tables.end()) return found->second;
    UnitTable& table = m_tables[key];
    table.headed.assign(static_cast<std::size_t>(std::max(0, maxLines) + 1), UnitLayout{});
    table.open = table.headed;
    const ComposeUnit& unit = m_units[static_cast<std::size_t>(unitIndex)];
    const Story& story = m_stories[unit.story];
    const double pitchWidth = static_cast<double>(spanWidth(m_grid, columns));
    auto proportion = [&](int lines) { return lines * double(m_grid.leading) / pitchWidth; };
    auto keep = [&](int lines, UnitLayout layout) {
        auto& best =
                (layout.headAtTop() ? table.headed : table.open)[static_cast<std::size_t>(lines)];
        if (layout.cost < best.cost) best = std::move(layout);
    };

    if (story.kind == StoryKind::Sidebar) {  // a box alone: its text, the rest of it empty
        const int textColumns = std::max(1, (columns + 1) / 2);
        const int need = m_needs.box(unit.story, columns, textColumns).lines;
        for (int lines = need; lines <= maxLines; ++lines) {
            UnitLayout layout;
            layout.boxedStory = true;
            layout.storyColumns = columns;
            layout.storyLines = lines;
            layout.boxTextColumns = textColumns;
            layout.emptyCells = (lines - need) * columns;
            // The box's columns end level with its foot (齐栏) or leave a hole in it.
            layout.cost = holeCost(layout.emptyCells, columns);
            keep(lines, std::move(layout));
        }
        return table;
    }

    // A brief without sidebars may stand boxed, its head inside its frame; its photos, if it
    // has any, left out (a day too full for them).
    if (unit.sidebars.empty() && !unit.lead && story.characterCount() <= kBriefCharacters) {
        const int textColumns = std::max(1, (columns + 1) / 2);
        const BoxNeed box = m_needs.box(unit.story, columns, textColumns, headlineCap);
        const int need = box.lines;
        for (int lines = need; lines <= maxLines && lines <= need + 1; ++lines) {
            UnitLayout layout;
            layout.boxedStory = true;
            layout.headlineSize = box.headlineSize;
            layout.storyColumns = columns;
            layout.storyLines = lines;
            layout.boxTextColumns = textColumns;
            layout.emptyCells = (lines - need) * columns;
            layout.cost =
                    kBoxedBrief + holeCost(layout.emptyCells, columns) + photosLeftOut(unit, 0);
            keep(lines, std::move(layout));
        }
    }
    // Where its sidebars go: none; boxed under it across its width; or, one, in a strip beside.
    std::vector<UnitLayout::Boxes> placements;
    if (unit.sidebars.empty()) {
        placements.push_back(UnitLayout::Boxes::None);
    } else {
        placements.push_back(UnitLayout::Boxes::Under);
        if (unit.sidebars.size() == 1 && columns >= 4)
            placements.push_back(UnitLayout::Boxes::Beside);
    }
    for (const UnitLayout::Boxes boxes : placements) {
        UnitLayout base;
        base.boxes = boxes;
        int boxTotal = 0;  // grid lines under the story taken by boxes and the lines parting them
        int besideNeed = 0;
        if (boxes == UnitLayout::Boxes::Under) {
            base.boxColumns = columns;
            base.boxTextColumns = std::max(1, (columns + 1) / 2);
            for (std::size_t t : unit.sidebars) {
                base.boxLines.push_back(m_needs.box(t, columns, base.boxTextColumns).lines);
                boxTotal += base.boxLines.back() + 1;
            }
        } else if (boxes == UnitLayout::Boxes::Beside) {
            base.boxColumns = columns >= 7 ? 3 : 2;
            base.boxTextColumns = 1;
            besideNeed = m_needs.box(unit.sidebars.front(), base.boxColumns, 1).lines;
        }
        base.storyColumns = columns - (boxes == UnitLayout::Boxes::Beside ? base.boxColumns : 0);
        const TextNeed need = m_needs.story(unit.story, base.storyColumns, unit.lead,
                                            unit.lead ? 0 : headlineCap, unit.dropKicker);
        base.headLines = headless ? 0 : need.headLines;
        base.headlineSize = need.headlineSize;
        std::vector<std::pair<UnitLayout, double>> bands;
        addBandOptions(unit, base.storyColumns, bands);
        for (const auto& [band, bandCost] : bands) {
            for (int lines = 0; lines <= maxLines; ++lines) {
                const int storyLines = lines - boxTotal;
                const int footRows = band.footColumns > 0 ? band.footLines + 1 : 0;
                const int bodyRows = storyLines - base.headLines - band.bandLines - 1 - footRows;
                if (bodyRows < 1 || lines < besideNeed) continue;
                // Text beside a photo stands in two columns at least: one is a ribbon.
                const int beside = base.storyColumns - band.bandColumns;
                if (band.bandColumns > 0 && beside == 1) continue;
                if (band.footColumns > 0 && base.storyColumns - band.footColumns == 1) continue;
                // Frames kept for pictures do not drown a story: at most three times its text,
                // the lead's four times. A real photo may be as large as the page lets it.
                const int pictureCells = band.bandColumns * band.bandLines;
                if (band.placeholder &&
                    pictureCells > (unit.lead ? 4 : 3) * std::max(need.bodyCells, 1))
                    continue;
                UnitLayout layout = base;
                layout.bandColumns = band.bandColumns;
                layout.bandLines = band.bandLines;
                layout.bandPhotos = band.bandPhotos;
                layout.footColumns = band.footColumns;
                layout.footLines = band.footLines;
                layout.footPhotos = band.footPhotos;
                layout.placeholder = band.placeholder;
                layout.storyLines = storyLines;
                if (boxes == UnitLayout::Boxes::Beside) layout.boxLines = {lines};
                // A photo takes its lines and the blank line under it from the columns it
                // stands in (BlockFlow's body segments).
                const int pictureRows = band.bandColumns > 0 ? band.bandLines + 1 : 0;
                const int capacity = base.storyColumns * (storyLines - base.headLines) -
                                     band.bandColumns * pictureRows - band.footColumns * footRows;
                layout.emptyCells = std::max(0, capacity - need.bodyCells);
                layout.oversetCells = std::max(0, need.bodyCells - capacity);
                // Set level (齐栏), fewer empty cells than columns leave each column at most a
                // line short; more leave holes.
                double cost = bandCost + (layout.emptyCells < base.storyColumns
                                                  ? kShortLine * layout.emptyCells
                                                  : holeCost(layout.emptyCells, base.storyColumns));
                if (boxes == UnitLayout::Boxes::Beside)
                    cost += (lines - besideNeed) * base.boxColumns;  // the box's empty foot
                cost += kOversetLine * layout.oversetCells;
                // A story is at least as deep as most of its width; the lead as deep as wide.
                const double deep = proportion(lines);
                if (unit.lead)
                    cost += kFlatLead * std::max(0.0, 1.0 - deep);
                else
                    cost += kFlatStory * std::max(0.0, 0.6 - deep);
                if (bodyRows < 4) cost += kSliver;
                layout.cost = cost;
                // Led by its photo, a story as wide as its photo stands with its head clear of
                // the top: what keeps it from a head beside it.
                if (layout.headAtTop() && layout.bandColumns == layout.storyColumns) {
                    UnitLayout photoFirst = layout;
                    photoFirst.photoFirst = true;
                    photoFirst.cost += kPhotoFirst;
                    keep(lines, std::move(photoFirst));
                }
                keep(lines, std::move(layout));
            }
        }
    }
    return table;
}

namespace {

// A node's width, from the root's down.
std::vector<int> nodeWidths(const PagePlan& plan, int columns) {
    std::vector<int> widths(plan.nodes.size(), 0);
    std::function<void(int, int)> walk = [&](int n, int width) {
        widths[static_cast<std::size_t>(n)] = width;
        const PlanNode& node = plan.nodes[static_cast<std::size_t>(n)];
        if (node.cut == PlanNode::Cut::Across) {
            walk(node.first, width);
            walk(node.second, width);
        } else if (node.cut == PlanNode::Cut::Down) {
            walk(node.first, node.firstColumns);
            walk(node.second, width - node.firstColumns);
        }
    };
    if (plan.root >= 0) walk(plan.root, columns);
    return widths;
}

// Each node's shape, written out: its cuts and, at its leaves, the unit and its width. A piece's
// costs depend on nothing else but the page's height, the lead's head and the headline cap.
std::vector<std::string> pieceShapes(const PagePlan& plan, const std::vector<int>& widths) {
    std::vector<std::string> shapes(plan.nodes.size());
    std::function<void(int)> walk = [&](int n) {
        const PlanNode& node = plan.nodes[static_cast<std::size_t>(n)];
        std::string& shape = shapes[static_cast<std::size_t>(n)];
        if (node.cut == PlanNode::Cut::None) {
            shape = std::to_string(node.firstUnit) + "/" +
                    std::to_string(widths[static_cast<std::size_t>(n)]);
            return;
        }
        walk(node.first);
        walk(node.second);
        shape = node.cut == PlanNode::Cut::Across ? "A(" : "D(";
        shape += shapes[static_cast<std::size_t>(node.first)];
        shape += ' ';
        shape += shapes[static_cast<std::size_t>(node.second)];
        shape += ')';
    };
    if (plan.root >= 0) walk(plan.root);
    return shapes;
}

// The tops (kTops) of a piece whose top-left corner holds a head or not, and its top-right.
std::size_t topsOf(bool left, bool right) {
    return (left ? 2u : 0u) + (right ? 1u : 0u);
}
bool leftHeaded(std::size_t tops) {
    return (tops & 2u) != 0;
}
bool rightHeaded(std::size_t tops) {
    return (tops & 1u) != 0;
}

// The tops in which `piece` costs least at `depth` (the first of equals).
std::size_t cheapestTops(const SolvedPiece& piece, std::size_t depth) {
    std::size_t best = 0;
    for (std::size_t t = 1; t < kTops; ++t)
        if (piece.cost[t][depth] < piece.cost[best][depth]) best = t;
    return best;
}

// Two pieces one above the other, a blank grid line parting them (the rule between stories
// stands in it): at each depth, for each of the top piece's tops, the best cost, the top piece's
// depth and the bottom piece's tops (nothing beside the bottom piece's top is at the whole
// piece's top).
SolvedPiece stackPieces(const SolvedPiece& top, const SolvedPiece& bottom, std::size_t depths) {
    std::vector<double> bottomBest(depths, kImpossible);
    std::vector<std::uint8_t> bottomTops(depths, 0);
    for (std::size_t h = 0; h < depths; ++h) {
        bottomTops[h] = static_cast<std::uint8_t>(cheapestTops(bottom, h));
        bottomBest[h] = bottom.cost[bottomTops[h]][h];
    }
    SolvedPiece stacked;
    for (std::size_t t = 0; t < kTops; ++t) {
        std::vector<double>& cost = stacked.cost[t];
        cost.assign(depths, kImpossible);
        stacked.split[t].assign(depths, -1);
        stacked.secondTops[t].assign(depths, 0);
        for (std::size_t first = 1; first < depths; ++first) {
            if (top.cost[t][first] == kImpossible) continue;
            for (std::size_t h = first + 2; h < depths; ++h) {
                const double total = top.cost[t][first] + bottomBest[h - first - 1];
                if (total < cost[h]) {
                    cost[h] = total;
                    stacked.split[t][h] = static_cast<int>(first);
                    stacked.secondTops[t][h] = bottomTops[h - first - 1];
                }
            }
        }
    }
    return stacked;
}

// Two pieces side by side: for each of the whole piece's tops, the best pair at each depth, two
// heads meeting at the cut charged as a collision (撞题).
SolvedPiece besidePieces(const SolvedPiece& left, const SolvedPiece& right, std::size_t depths,
                         double collision) {
    SolvedPiece beside;
    for (std::size_t t = 0; t < kTops; ++t) {
        beside.cost[t].assign(depths, kImpossible);
        beside.firstTops[t].assign(depths, 0);
        beside.secondTops[t].assign(depths, 0);
    }
    for (std::size_t l = 0; l < kTops; ++l) {
        for (std::size_t r = 0; r < kTops; ++r) {
            const std::size_t t = topsOf(leftHeaded(l), rightHeaded(r));
            const double meeting = rightHeaded(l) && leftHeaded(r) ? collision : 0;
            for (std::size_t h = 0; h < depths; ++h) {
                const double total = left.cost[l][h] + right.cost[r][h] + meeting;
                if (total < beside.cost[t][h]) {
                    beside.cost[t][h] = total;
                    beside.firstTops[t][h] = static_cast<std::uint8_t>(l);
                    beside.secondTops[t][h] = static_cast<std::uint8_t>(r);
                }
            }
        }
    }
    return beside;
}

}  // namespace

PlanOutcome placePlan(const PagePlan& plan, int top, int foot, UnitLayouts& layouts,
                      SolvedPieces& solved, TextNeeds& needs, const std::vector<ComposeUnit>& units,
                      const PageGrid& grid, double worthMoving) {
    PlanOutcome outcome;
    if (plan.root < 0 || units.empty()) return outcome;
    const std::vector<int> widths = nodeWidths(plan, grid.columns);
    const ComposeUnit& lead = units.front();
    int leadColumns = grid.columns;
    for (std::size_t n = 0; n < plan.nodes.size(); ++n)
        if (plan.nodes[n].cut == PlanNode::Cut::None && plan.nodes[n].firstUnit == 0)
            leadColumns = widths[n];
    const bool across = plan.leadHeadAcross && units.front().lead;
    // The others' headlines stay under the lead's by a quarter (lead ≥ 1.25 × the next).
    const LayoutUnit leadSize =
            needs.leadHeadlineSize(lead.story, across ? grid.columns : leadColumns);
    outcome.headlineCap = leadSize * 4 / 5;
    if (across) {
        outcome.leadBandLines =
                needs.story(lead.story, grid.columns, true, 0, lead.dropKicker).headLines;
    }
    const int bodyTop = top + outcome.leadBandLines;
    const int height = foot - bodyTop;
    if (height < 4) return outcome;

    // Depths by dynamic programming over the cuts: each node's best cost at every depth, a piece
    // solved for an earlier plan taken as it was.
    const std::size_t depths = static_cast<std::size_t>(height) + 1;
    const std::vector<std::string> shapes = pieceShapes(plan, widths);
    const std::string context = std::to_string(height) + " " + std::to_string(across) + " " +
                                std::to_string(outcome.headlineCap) + " ";
    std::vector<const SolvedPiece*> pieces(plan.nodes.size(), nullptr);
    std::function<void(int)> solve = [&](int n) {
        const PlanNode& node = plan.nodes[static_cast<std::size_t>(n)];
        if (node.cut != PlanNode::Cut::None) {  // first, since placing the pieces needs them all
            solve(node.first);
            solve(node.second);
        }
        std::string key = context + shapes[static_cast<std::size_t>(n)];
        if (const auto found = solved.find(key); found != solved.end()) {
            pieces[static_cast<std::size_t>(n)] = &found->second;
            return;
        }
        SolvedPiece piece;
        if (node.cut == PlanNode::Cut::None) {
            const UnitTable& table =
                    layouts.at(node.firstUnit, widths[static_cast<std::size_t>(n)],
                               across && node.firstUnit == 0, outcome.headlineCap, height);
            for (std::size_t t = 0; t < kTops; ++t) piece.cost[t].assign(depths, kImpossible);
            for (std::size_t h = 0; h < depths; ++h) {
                piece.cost[topsOf(true, true)][h] = table.headed[h].cost;
                piece.cost[topsOf(false, false)][h] = table.open[h].cost;
            }
        } else {
            const SolvedPiece& a = *pieces[static_cast<std::size_t>(node.first)];
            const SolvedPiece& b = *pieces[static_cast<std::size_t>(node.second)];
            piece = node.cut == PlanNode::Cut::Down ? besidePieces(a, b, depths, kHeadCollision)
                                                    : stackPieces(a, b, depths);
        }
        pieces[static_cast<std::size_t>(n)] =
                &solved.emplace(std::move(key), std::move(piece)).first->second;
    };
    solve(plan.root);
    const SolvedPiece& root = *pieces[static_cast<std::size_t>(plan.root)];
    const std::size_t rootTops = cheapestTops(root, depths - 1);
    if (root.cost[rootTops][depths - 1] == kImpossible) return outcome;

    // The pieces placed, top down, each in the tops the depths were solved for; a cut across may
    // be moved from where the depths put it (`moved`, by node), its bottom piece then in the tops
    // best at its new depth. `splits` keeps where each cut across stands.
    std::vector<int> splits(plan.nodes.size(), -1);
    std::function<bool(int, GridRect, std::size_t, const std::map<int, int>&)> place =
            [&](int n, GridRect area, std::size_t tops, const std::map<int, int>& moved) -> bool {
        const PlanNode& node = plan.nodes[static_cast<std::size_t>(n)];
        const SolvedPiece& piece = *pieces[static_cast<std::size_t>(n)];
        const auto lines = static_cast<std::size_t>(area.lines);
        if (node.cut == PlanNode::Cut::None) {
            const UnitTable& table =
                    layouts.at(node.firstUnit, area.columns, across && node.firstUnit == 0,
                               outcome.headlineCap, height);
            const bool headed = tops == topsOf(true, true);
            const UnitLayout& layout = (headed ? table.headed : table.open)[lines];
            if (layout.cost == kImpossible) return false;
            outcome.units.push_back({node.firstUnit, area, layout});
            return true;
        }
        if (node.cut == PlanNode::Cut::Down) {
            return place(node.first, {area.column, node.firstColumns, area.line, area.lines},
                         piece.firstTops[tops][lines], moved) &&
                   place(node.second,
                         {area.column + node.firstColumns, area.columns - node.firstColumns,
                          area.line, area.lines},
                         piece.secondTops[tops][lines], moved);
        }
        int first = piece.split[tops][lines];
        std::size_t secondTops = piece.secondTops[tops][lines];
        if (const auto m = moved.find(n); m != moved.end()) {
            first = m->second;
            if (first < 1 || area.lines - first - 1 < 1) return false;
            secondTops = cheapestTops(*pieces[static_cast<std::size_t>(node.second)],
                                      static_cast<std::size_t>(area.lines - first - 1));
        }
        if (first < 1) return false;  // no depth fits this piece as a parent moved it
        splits[static_cast<std::size_t>(n)] = first;
        return place(node.first, {area.column, area.columns, area.line, first}, tops, moved) &&
               place(node.second,
                     {area.column, area.columns, area.line + first + 1, area.lines - first - 1},
                     secondTops, moved);
    };

    // Heads side by side (撞题): neighbouring pieces whose heads stand within a few lines. A
    // story with a photo as wide as itself may stand under its photo to keep clear.
    auto headTop = [](const PlacedUnit& p) {
        return p.area.line + (p.layout.photoFirst ? p.layout.bandLines + 1 : 0);
    };
    auto collide = [&](const PlacedUnit& a, const PlacedUnit& b) {
        if (a.area.endColumn() != b.area.column) return false;
        if (a.layout.headLines == 0 || b.layout.headLines == 0 || a.layout.boxedStory ||
            b.layout.boxedStory)
            return false;
        const int aTop = headTop(a), bTop = headTop(b);
        const int aEnd = aTop + a.layout.headLines - 1, bEnd = bTop + b.layout.headLines - 1;
        return aTop < bEnd + kHeadClearanceLines && bTop < aEnd + kHeadClearanceLines &&
               a.area.line < b.area.endLine() && b.area.line < a.area.endLine();
    };
    auto canLeadWithPhoto = [](const PlacedUnit& p) {
        return p.layout.bandColumns > 0 && p.layout.bandColumns == p.layout.storyColumns &&
               p.layout.headLines > 0 && !p.layout.photoFirst;
    };
    // The plan placed with cuts across `moved`, and what it costs: its pieces' own costs (what
    // the depths were solved for), and the page's faults counted as the pieces now stand.
    auto placeAll = [&](const std::map<int, int>& moved) -> std::pair<double, int> {
        outcome.units.clear();
        if (!place(plan.root, {0, grid.columns, bodyTop, height}, rootTops, moved))
            return {kImpossible, 0};
        for (PlacedUnit& a : outcome.units) {
            for (PlacedUnit& b : outcome.units) {
                if (!collide(a, b)) continue;
                PlacedUnit* flip = canLeadWithPhoto(b) ? &b : canLeadWithPhoto(a) ? &a : nullptr;
                if (!flip) continue;
                flip->layout.photoFirst = true;
                bool worse = false;  // the move must not make another collision
                for (const PlacedUnit& c : outcome.units)
                    if (&c != flip && (collide(*flip, c) || collide(c, *flip))) worse = true;
                if (worse) flip->layout.photoFirst = false;
            }
        }
        double total = 0;
        for (const PlacedUnit& placed : outcome.units) total += placed.layout.cost;
        int collisions = 0;
        for (const PlacedUnit& a : outcome.units)
            for (const PlacedUnit& b : outcome.units) collisions += collide(a, b);
        total += kHeadCollision * collisions;
        // A box or two set a page off; more make it a page of boxes.
        const auto boxes = std::count_if(outcome.units.begin(), outcome.units.end(),
                                         [](const PlacedUnit& p) { return p.layout.boxedStory; });
        total += kBoxBeyondTwo * std::max<double>(0, static_cast<double>(boxes) - 2);
        // The lead is the widest story on the page.
        for (const PlacedUnit& placed : outcome.units)
            if (placed.unit != 0 && placed.area.columns > leadColumns) total += kLeadNotWidest;
        return {total, collisions};
    };
    auto [total, collisions] = placeAll({});

    // Heads that meet lower down, where two stacks of pieces stand side by side, are a matter of
    // where their cuts across fall, which the depths were solved without: each cut across is
    // moved a few lines up or down where that parts heads at a smaller cost than it saves; not
    // where the plan would cost too much even with every pair of heads parted for nothing.
    if (collisions > 0 && total - kHeadCollision * collisions < worthMoving) {
        // The cuts across above the pieces whose heads meet: those that move them.
        std::vector<int> parent(plan.nodes.size(), -1), leafOf(units.size(), -1);
        for (std::size_t n = 0; n < plan.nodes.size(); ++n) {
            const PlanNode& node = plan.nodes[n];
            if (node.cut == PlanNode::Cut::None)
                leafOf[static_cast<std::size_t>(node.firstUnit)] = int(n);
            else
                parent[static_cast<std::size_t>(node.first)] =
                        parent[static_cast<std::size_t>(node.second)] = int(n);
        }
        std::set<int> cuts;
        for (const PlacedUnit& a : outcome.units) {
            for (const PlacedUnit& b : outcome.units) {
                if (!collide(a, b)) continue;
                for (const PlacedUnit* p : {&a, &b})
                    for (int n = parent[static_cast<std::size_t>(
                                 leafOf[static_cast<std::size_t>(p->unit)])];
                         n >= 0; n = parent[static_cast<std::size_t>(n)])
                        if (plan.nodes[static_cast<std::size_t>(n)].cut == PlanNode::Cut::Across)
                            cuts.insert(n);
            }
        }
        std::map<int, int> moved;
        const std::vector<int> placedSplits = splits;
        for (const int n : cuts) {
            const int at = placedSplits[static_cast<std::size_t>(n)];
            if (at < 0) continue;
            int bestAt = at;
            for (int shift = -kMovedCutLines; shift <= kMovedCutLines; ++shift) {
                if (shift == 0) continue;
                std::map<int, int> tried = moved;
                tried[n] = at + shift;
                const auto [cost, meeting] = placeAll(tried);
                if (cost < total) {
                    total = cost;
                    collisions = meeting;
                    bestAt = at + shift;
                }
            }
            if (bestAt != at) moved[n] = bestAt;
            if (collisions == 0) break;
        }
        std::tie(total, collisions) = placeAll(moved);
    }
    outcome.cost = total;
    return outcome;
}

namespace {

int grow(PagePlan& plan, int width, int firstUnit, int endUnit, std::mt19937& random) {
    PlanNode node;
    node.firstUnit = firstUnit;
    node.endUnit = endUnit;
    const int index = static_cast<int>(plan.nodes.size());
    plan.nodes.push_back(node);
    if (endUnit - firstUnit == 1) return index;
    auto pick = [&](int low, int high) {  // inclusive
        return std::uniform_int_distribution<int>(low, high)(random);
    };
    const double downChance = width >= 6 ? 0.65 : width >= 4 ? 0.4 : 0;
    const bool down = std::uniform_real_distribution<double>(0, 1)(random) < downChance;
    node.splitUnit = pick(firstUnit + 1, endUnit - 1);
    if (down) {
        node.cut = PlanNode::Cut::Down;
        // The lead is the page's widest story: a cut down beside it leaves it half the width.
        const int narrowest = firstUnit == 0 ? std::max(2, (width + 1) / 2) : 2;
        node.firstColumns = pick(std::min(narrowest, width - 2), width - 2);
        node.first = grow(plan, node.firstColumns, firstUnit, node.splitUnit, random);
        node.second = grow(plan, width - node.firstColumns, node.splitUnit, endUnit, random);
    } else {
        node.cut = PlanNode::Cut::Across;
        node.first = grow(plan, width, firstUnit, node.splitUnit, random);
        node.second = grow(plan, width, node.splitUnit, endUnit, random);
    }
    plan.nodes[static_cast<std::size_t>(index)] = node;
    return index;
}

// Copies node `n` of `from` (its width `width`) into `to`; node `target` is grown anew, or its
// cut moved by a column when `nudge` says which way.
int copyWith(const PagePlan& from, int n, int width, int target, int nudge, PagePlan& to,
             std::mt19937& random) {
    const PlanNode& node = from.nodes[static_cast<std::size_t>(n)];
    if (n == target && nudge == 0) return grow(to, width, node.firstUnit, node.endUnit, random);
    PlanNode copy = node;
    if (n == target && node.cut == PlanNode::Cut::Down)
        copy.firstColumns = std::clamp(node.firstColumns + nudge, 2, width - 2);
    const int index = static_cast<int>(to.nodes.size());
    to.nodes.push_back(copy);
    if (node.cut == PlanNode::Cut::None) return index;
    const int firstWidth = node.cut == PlanNode::Cut::Down ? copy.firstColumns : width;
    const int secondWidth = node.cut == PlanNode::Cut::Down ? width - copy.firstColumns : width;
    copy.first = copyWith(from, node.first, firstWidth, target, nudge, to, random);
    copy.second = copyWith(from, node.second, secondWidth, target, nudge, to, random);
    to.nodes[static_cast<std::size_t>(index)] = copy;
    return index;
}

}  // namespace

PagePlan randomPlan(int unitCount, int columns, bool leadHeadAcross, std::mt19937& random) {
    PagePlan plan;
    plan.leadHeadAcross = leadHeadAcross;
    if (unitCount > 0) plan.root = grow(plan, columns, 0, unitCount, random);
    return plan;
}

PagePlan mutatePlan(const PagePlan& plan, int columns, std::mt19937& random) {
    if (plan.root < 0) return plan;
    const int target =
            std::uniform_int_distribution<int>(0, static_cast<int>(plan.nodes.size()) - 1)(random);
    const bool canNudge = plan.nodes[static_cast<std::size_t>(target)].cut == PlanNode::Cut::Down;
    const int nudge = canNudge && std::uniform_int_distribution<int>(0, 1)(random) == 0
                              ? (std::uniform_int_distribution<int>(0, 1)(random) == 0 ? -1 : 1)
                              : 0;
    PagePlan out;
    out.leadHeadAcross = plan.leadHeadAcross;
    out.root = copyWith(plan, plan.root, columns, target, nudge, out, random);
    return out;
}

}  // namespace banmian::layout
