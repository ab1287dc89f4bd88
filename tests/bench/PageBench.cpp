// The seed's front page: auto-composed from its stories (one layout, and three to choose from:
// issue 18's budget ≤ 50 ms), and re-flowed whole after a block moved
// (warm caches: the designer's drag). DESIGN.md §5 budget for the re-flow: ≤ 1 ms.
#include <benchmark/benchmark.h>

#include "SeedPage.h"
#include "layout/pdf/PdfExporter.h"

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

}  // namespace

BENCHMARK_MAIN();
