// Article import: the seed page, and a day's file of a megabyte (the seed's stories repeated with
// their headlines numbered, cuts and late headlines included), from bytes to stories.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "layout/import/ArticleImporter.h"

namespace {

std::string seedBytes() {
    std::ifstream in(std::string(BANMIAN_SOURCE_DIR) + "/seeds/xuhui-front-page.txt",
                     std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::string megabyteOfArticles() {
    const std::string seed = seedBytes();
    std::string day;
    for (int copy = 0; day.size() < (1u << 20); ++copy) {
        day += "第" + std::to_string(copy) + "版稿件汇编\n\n□记者 王小明\n\n本版稿件如下。\n\n" +
               seed + "\n\n";
    }
    return day;
}

void importOrFail(benchmark::State& state, const std::string& bytes) {
    std::size_t stories = 0;
    for (auto _ : state) {
        auto result = banmian::layout::importArticles(bytes);
        if (!result) {
            state.SkipWithError(result.error().message.c_str());
            return;
        }
        stories = result.value().stories.size();
        benchmark::DoNotOptimize(stories);
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
    state.counters["stories"] = static_cast<double>(stories);
}

void BM_ImportSeedPage(benchmark::State& state) {
    importOrFail(state, seedBytes());
}
BENCHMARK(BM_ImportSeedPage)->Unit(benchmark::kMicrosecond);

void BM_ImportMegabyte(benchmark::State& state) {
    importOrFail(state, megabyteOfArticles());
}
BENCHMARK(BM_ImportMegabyte)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
