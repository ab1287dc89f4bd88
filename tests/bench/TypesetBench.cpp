// The seed page's body text (~3,200 characters) set as a galley at 13 em, 9 pt, with the fonts
// loaded: cold (every cache emptied each time), warm (shaping cached: the text set at a new
// width) and cached (nothing changed: a block moved, not resized); and cold in vertical lines
// (竖排) 13 em long, within the same budget. DESIGN.md §5: cold ≤ 5 ms.
#include <benchmark/benchmark.h>

#include "layout/base/Utf8.h"
#include "layout/import/ArticleImporter.h"
#include "layout/text/Galley.h"

namespace {

using namespace banmian;

struct Seed {
    fonts::FontRegistry registry;
    std::vector<layout::Story> stories;
    layout::ParagraphStyle style;
    std::size_t characters = 0;

    Seed() {
        auto imported = layout::importArticleFile(std::string(BANMIAN_SOURCE_DIR) +
                                                  "/seeds/xuhui-front-page.txt");
        if (imported) stories = std::move(imported).value().stories;
        if (const auto font = registry.forRole(fonts::FontRole::BookSong)) style.font = *font.id;
        for (const auto& story : stories) {
            for (const auto& p : story.paragraphs) characters += layout::utf8::length(p);
        }
    }
};

Seed& seed() {
    static Seed s;
    return s;
}

enum class Caches { Cold, ShapingWarm, AllWarm };

void run(benchmark::State& state, Caches caches, bool vertical = false) {
    Seed& s = seed();
    s.style.vertical = vertical;
    if (s.stories.empty()) {
        state.SkipWithError("the seed page or its font is missing");
        return;
    }
    layout::Typesetter typesetter(s.registry);
    layout::typesetGalley(s.stories, typesetter, s.style, 13 * s.style.size);  // loads the faces
    for (auto _ : state) {
        if (caches != Caches::AllWarm) typesetter.clearParagraphCache();
        if (caches == Caches::Cold) typesetter.shapeCache().clear();
        auto galley = layout::typesetGalley(s.stories, typesetter, s.style, 13 * s.style.size);
        benchmark::DoNotOptimize(galley);
    }
    state.counters["chars"] = static_cast<double>(s.characters);
    state.counters["time_per_char"] = benchmark::Counter(
            static_cast<double>(s.characters),
            benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void BM_TypesetSeedCold(benchmark::State& state) {
    run(state, Caches::Cold);
}
void BM_TypesetSeedVerticalCold(benchmark::State& state) {
    run(state, Caches::Cold, true);
}
void BM_TypesetSeedWarm(benchmark::State& state) {
    run(state, Caches::ShapingWarm);
}
void BM_TypesetSeedCached(benchmark::State& state) {
    run(state, Caches::AllWarm);
}
BENCHMARK(BM_TypesetSeedCold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TypesetSeedVerticalCold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TypesetSeedWarm)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TypesetSeedCached)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
