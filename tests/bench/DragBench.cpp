// One drag step in the app, as the designer's hand makes it: the pointer moves until the page
// changes, the page is re-flowed and the view repaints what changed at 100 % zoom (a 1400 × 900
// viewport), as QGraphicsView repaints the part PageItem::setPage() reports. DESIGN.md §5 budget:
// ≤ 8 ms a step. The drags are replayed through the app's own DragSession and PageItem.
#include <benchmark/benchmark.h>

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <cmath>
#include <cstdlib>

#include "SeedPage.h"
#include "app/edit/DragSession.h"
#include "app/view/PageItem.h"

namespace {

using namespace banmian;

// The seed page and its composition, made once.
struct Seed : bench::SeedPage {
    layout::Page page;
    Seed() {
        if (styles) page = compose();
    }
};

Seed& seed() {
    static Seed s;
    return s;
}

// The first story block: the lead.
std::size_t leadBlock(const layout::Page& page) {
    for (std::size_t b = 0; b < page.blocks.size(); ++b) {
        if (page.blocks[b].kind == layout::BlockKind::Story) return b;
    }
    return 0;
}

// Replays `path` (page points, in 1/64 pt) through a drag session over and over, a step per
// iteration: the pointer moved along the path until the block moves (a move within one grid
// cell changes nothing on the page), the page re-flowed, and the part of the viewport around the
// dragged block that the new page changed repainted.
void replay(benchmark::State& state, const layout::Page& page, app::DragSession::Mode mode,
            const std::vector<std::pair<layout::LayoutUnit, layout::LayoutUnit>>& path) {
    Seed& s = seed();
    layout::PageLayout composed = layout::layoutPage(page, s.stories, *s.styles, s.typesetter);
    const std::size_t block = leadBlock(page);
    app::PageItem item(composed, s.registry);
    QImage viewport(1400, 900, QImage::Format_ARGB32_Premultiplied);
    const double zoom = 96.0 / 72.0;  // 100 % on a 96-dpi screen
    const layout::Rect start = page.grid.rect(page.blocks[block].area.front());

    auto session = std::make_unique<app::DragSession>(
            page, composed,
            std::vector<layout::PagePart>{{layout::PagePart::Kind::Block, block, 0}}, mode,
            path.front().first, path.front().second);
    QTransform toViewport;
    toViewport.scale(zoom, zoom);
    toViewport.translate(-layout::toPoints(start.x) + 40, -layout::toPoints(start.y) + 40);
    std::size_t next = 1;
    double repainted = 0;  // of the viewport's pixels
    for (auto _ : state) {
        std::optional<layout::Page> moved;
        for (std::size_t tries = 0; !moved && tries < path.size(); ++tries) {
            const auto [x, y] = path[next];
            next = next + 1 < path.size() ? next + 1 : 1;
            moved = session->moveTo(x, y).page;
        }
        if (!moved) return state.SkipWithError("the drag never moved the block");
        composed = layout::layoutPage(*moved, s.stories, *s.styles, s.typesetter);
        const QRectF changed = item.setPage(&composed);
        const QRect region = toViewport.mapRect(changed).toAlignedRect() & viewport.rect();
        if (region.isEmpty()) continue;
        repainted +=
                double(region.width()) * region.height() / (viewport.width() * viewport.height());
        QPainter painter(&viewport);
        painter.setClipRect(region);
        painter.fillRect(region, Qt::gray);
        painter.setTransform(toViewport);
        QStyleOptionGraphicsItem option;
        option.exposedRect = toViewport.inverted().mapRect(QRectF(region));
        item.paint(&painter, &option, nullptr);
    }
    state.counters["repainted"] = benchmark::Counter(repainted, benchmark::Counter::kAvgIterations);
}

void BM_DragStepMoveAcrossThePage(benchmark::State& state) {
    Seed& s = seed();
    if (!s.styles) return state.SkipWithError("the seed page or its fonts are missing");
    // The lead story alone under the masthead, dragged right, down and back across the page.
    layout::Page page = s.page;
    const std::size_t lead = leadBlock(page);
    std::vector<layout::Block> kept;
    for (std::size_t b = 0; b < page.blocks.size(); ++b) {
        if (b == lead || page.blocks[b].kind != layout::BlockKind::Story)
            kept.push_back(page.blocks[b]);
    }
    page.blocks = kept;
    const layout::Rect r = page.grid.rect(page.blocks[leadBlock(page)].area.front());
    std::vector<std::pair<layout::LayoutUnit, layout::LayoutUnit>> path;
    const layout::LayoutUnit x0 = r.x + r.width / 2, y0 = r.y + r.height / 4;
    for (int i = 0; i <= 120; ++i) {  // 4 screen pixels a step at 100 %
        const double t = i <= 60 ? i : 120 - i;
        path.push_back({x0 + static_cast<layout::LayoutUnit>(t * 3 * 64),
                        y0 + static_cast<layout::LayoutUnit>(t * 3 * 64)});
    }
    replay(state, page, app::DragSession::Mode::Move, path);
}
BENCHMARK(BM_DragStepMoveAcrossThePage)->Unit(benchmark::kMillisecond);

// A corner dragged from the bottom right of `r` 80 steps in (4 pt left and 2 pt up a step) and
// back out.
std::vector<std::pair<layout::LayoutUnit, layout::LayoutUnit>> inAndOut(const layout::Rect& r) {
    std::vector<std::pair<layout::LayoutUnit, layout::LayoutUnit>> path;
    for (int i = 0; i <= 160; ++i) {
        const double t = i <= 80 ? i : 160 - i;
        path.push_back({r.right() - static_cast<layout::LayoutUnit>(t * 4 * 64),
                        r.bottom() - static_cast<layout::LayoutUnit>(t * 2 * 64)});
    }
    return path;
}

void BM_DragStepResizeTheLead(benchmark::State& state) {
    Seed& s = seed();
    if (!s.styles) return state.SkipWithError("the seed page or its fonts are missing");
    // The whole page; the lead story's corner dragged in and out: its columns change width and
    // number, its text is set again.
    const layout::Page& page = s.page;
    const layout::Rect r = page.grid.rect(page.blocks[leadBlock(page)].area.back());
    replay(state, page, app::DragSession::Mode::Resize, inAndOut(r));
}
BENCHMARK(BM_DragStepResizeTheLead)->Unit(benchmark::kMillisecond);

void BM_DragStepResizeTheLeadOnAColourPage(benchmark::State& state) {
    Seed& s = seed();
    if (!s.styles) return state.SkipWithError("the seed page or its fonts are missing");
    // The same drag on the page in colour: every story but the lead boxed in a 花边 of diamonds in
    // the masthead's red on a pale blue tint, its kicker reversed, headlines in red, column rules
    // in every story; the red masthead. Every colour goes through the soft proof as it is drawn.
    layout::Page page = s.page;
    page.columnRules = true;
    const std::size_t lead = leadBlock(page);
    for (std::size_t b = 0; b < page.blocks.size(); ++b) {
        layout::Block& block = page.blocks[b];
        if (block.kind != layout::BlockKind::Story) continue;
        block.headlineInk = {"报头红", 100};
        if (b == lead) continue;
        block.boxed = true;
        block.border = layout::BorderKind::Diamonds;
        block.frameInk = {"报头红", 100};
        block.background = {"浅蓝", 40};
        block.kickerBand = {"报头红", 100};
    }
    const layout::Rect r = page.grid.rect(page.blocks[lead].area.back());
    replay(state, page, app::DragSession::Mode::Resize, inAndOut(r));
}
BENCHMARK(BM_DragStepResizeTheLeadOnAColourPage)->Unit(benchmark::kMillisecond);

void BM_DragStepResizeAVerticalLead(benchmark::State& state) {
    Seed& s = seed();
    if (!s.styles) return state.SkipWithError("the seed page or its fonts are missing");
    // The same drag with the lead set vertically (竖排) under a vertical headline (竖题) at its
    // right, and every other story's body vertical too: every step sets vertical lines again.
    layout::Page page = s.page;
    const std::size_t lead = leadBlock(page);
    for (layout::Block& block : page.blocks) {
        if (block.kind == layout::BlockKind::Story) block.verticalBody = true;
    }
    page.blocks[lead].headSide = layout::HeadSide::Right;
    const layout::Rect r = page.grid.rect(page.blocks[lead].area.back());
    replay(state, page, app::DragSession::Mode::Resize, inAndOut(r));
}
BENCHMARK(BM_DragStepResizeAVerticalLead)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QGuiApplication app(argc, argv);  // the overlay's labels need fonts
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
