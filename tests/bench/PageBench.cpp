// The seed's front page: auto-composed from its stories (one layout, and three to choose from:
// issue 18's budget ≤ 50 ms), and re-flowed whole after a block moved
// (warm caches: the designer's drag). DESIGN.md §5 budget for the re-flow: ≤ 1 ms.
#include <benchmark/benchmark.h>

#include "SeedPage.h"
#include "layout/pdf/PdfExporter.h"
#include "layout/proof/MarkDrawing.h"
#include "layout/proof/MarkWords.h"

namespace {

using namespace banmian;

using Seed = bench::SeedPage;

Seed& seed() {
    return Seed::get();
}

void BM_AutoComposeSeed(benchmark::State& state) {
    Seed& s = seed();
    if (!s.styles || s.stories.empty())
        return state.SkipWithError("the seed page or its fonts are missing");
    for (auto _ : state) benchmark::DoNotOptimize(s.compose());
}
BENCHMARK(BM_AutoComposeSeed)->Unit(benchmark::kMillisecond);

// Issue 18's budget: the seed composed with three layouts to choose from, warm, ≤ 50 ms.
void BM_ComposeSeedThreeVariants(benchmark::State& state) {
    Seed& s = seed();
    if (!s.styles || s.stories.empty())
        return state.SkipWithError("the seed page or its fonts are missing");
    for (auto _ : state) {
        benchmark::DoNotOptimize(layout::composeVariants(
                s.stories, {}, layout::pageGrid(layout::PagePreset::Broadsheet),
                {"报名", "2023年6月30日", "", ""}, *s.styles, {}, s.typesetter, 3));
    }
}
BENCHMARK(BM_ComposeSeedThreeVariants)->Unit(benchmark::kMillisecond);

void BM_ReflowPageAfterAMove(benchmark::State& state) {
    Seed& s = seed();
    if (!s.styles || s.stories.empty())
        return state.SkipWithError("the seed page or its fonts are missing");
    layout::Page page = s.compose();
    layout::layoutPage(page, s.stories, *s.styles, s.typesetter);  // warm the caches
    // Move the last story one grid line down and back, as a drag does.
    auto& area = page.blocks.back().area.front();
    int step = 1;
    for (auto _ : state) {
        area.line += step;
        step = -step;
        benchmark::DoNotOptimize(layout::layoutPage(page, s.stories, *s.styles, s.typesetter));
    }
}
BENCHMARK(BM_ReflowPageAfterAMove)->Unit(benchmark::kMillisecond);

// The print-ready PDF of the composed page: font subsetting, ToUnicode, content, compression.
// DESIGN.md §5 budget: ≤ 60 ms.
void BM_ExportPdf(benchmark::State& state) {
    Seed& s = seed();
    if (!s.styles || s.stories.empty())
        return state.SkipWithError("the seed page or its fonts are missing");
    const layout::PageLayout page =
            layout::layoutPage(s.compose(), s.stories, *s.styles, s.typesetter);
    std::size_t bytes = 0;
    for (auto _ : state) {
        const auto pdf = layout::exportPagePdf(page, s.registry, {});
        if (!pdf) return state.SkipWithError(pdf.error().message.c_str());
        bytes = pdf.value().size();
    }
    state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_ExportPdf)->Unit(benchmark::kMillisecond);

// The proof marks drawn on the seed page, as the window draws them on every change of the page
// (a drag step with marks on the page): a mark of each kind in three paragraphs of every story and
// its headline, their notes set and placed, their leaders found clear of the text.
void BM_DrawMarksOnTheSeed(benchmark::State& state) {
    Seed& s = seed();
    if (!s.styles || s.stories.empty())
        return state.SkipWithError("the seed page or its fonts are missing");
    const layout::PageLayout page =
            layout::layoutPage(s.compose(), s.stories, *s.styles, s.typesetter);
    const layout::MarkKind kinds[] = {layout::MarkKind::Delete,    layout::MarkKind::Replace,
                                      layout::MarkKind::Insert,    layout::MarkKind::Query,
                                      layout::MarkKind::Transpose, layout::MarkKind::Comment};
    std::vector<layout::MarkToDraw> marks;
    for (std::size_t i = 0; i < s.stories.size(); ++i) {
        const layout::Story& story = s.stories[i];
        for (std::size_t p = 0; p < std::min<std::size_t>(story.paragraphs.size(), 3); ++p) {
            const std::size_t at = 3 * (5 + 7 * p);  // whole characters: 3 bytes each here
            if (story.paragraphs[p].size() < at + 9) continue;
            layout::ProofMark mark;
            mark.id = "m" + std::to_string(marks.size());
            mark.kind = kinds[(i + p) % 6];
            const bool caret = mark.kind == layout::MarkKind::Insert;
            mark.range = {{story.id, layout::StoryField::Body, p, at},
                          {story.id, layout::StoryField::Body, p, caret ? at : at + 6}};
            mark.correction = "汇";
            marks.push_back({mark, layout::markNote(mark)});
        }
    }
    const layout::MarkInk ink = layout::markInk(s.styles->body);
    std::size_t drawn = 0;
    for (auto _ : state) drawn = layout::drawMarks(page, marks, s.typesetter, ink).marks.size();
    state.counters["marks"] = static_cast<double>(drawn);
}
BENCHMARK(BM_DrawMarksOnTheSeed)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
