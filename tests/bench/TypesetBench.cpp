// The seed page's body text (~3,200 characters) set as a galley at 13 em, 9 pt, with the fonts
// loaded: cold (shape cache emptied each time) and warm (the case of a block moved on the page).
// DESIGN.md §5 budget: cold ≤ 5 ms.
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

void run(benchmark::State& state, bool cold) {
    Seed& s = seed();
    if (s.stories.empty()) {
        state.SkipWithError("the seed page or its font is missing");
        return;
    }
    layout::Typesetter typesetter(s.registry);
    layout::typesetGalley(s.stories, typesetter, s.style, 13 * s.style.size);  // loads the faces
    for (auto _ : state) {
        if (cold) typesetter.shapeCache().clear();
        auto galley = layout::typesetGalley(s.stories, typesetter, s.style, 13 * s.style.size);
        benchmark::DoNotOptimize(galley);
    }
    state.counters["chars"] = static_cast<double>(s.characters);
    state.counters["time_per_char"] = benchmark::Counter(
            static_cast<double>(s.characters),
            benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void BM_TypesetSeedCold(benchmark::State& state) {
    run(state, true);
}
void BM_TypesetSeedWarm(benchmark::State& state) {
    run(state, false);
}
BENCHMARK(BM_TypesetSeedCold)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TypesetSeedWarm)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
