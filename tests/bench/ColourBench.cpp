// Separating photos to the press's CMYK (layout/colour): the budget is a 12-megapixel RGB photo
// in ≤ 300 ms at export (issue 15), with the transform built once per export, not per photo.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdint>

#include "layout/colour/CmykSeparation.h"

namespace {

using namespace banmian::layout;

// A 4000 × 3000 RGB picture with gradients and grain, so that no two neighbouring pixels are
// alike (a flat picture would let a one-pixel cache do the work).
RasterImage twelveMegapixels() {
    RasterImage image;
    image.width = 4000;
    image.height = 3000;
    image.colour = ImageColour::Rgb;
    image.samples.resize(static_cast<std::size_t>(image.width) * image.height * 3);
    std::uint32_t grain = 12345;
    std::size_t i = 0;
    for (int y = 0; y < image.height; ++y) {
        for (int x = 0; x < image.width; ++x) {
            grain = grain * 1664525u + 1013904223u;
            const int noise = static_cast<int>(grain >> 28) - 8;
            image.samples[i++] =
                    static_cast<std::uint8_t>(std::clamp(x * 255 / 4000 + noise, 0, 255));
            image.samples[i++] =
                    static_cast<std::uint8_t>(std::clamp(y * 255 / 3000 + noise, 0, 255));
            image.samples[i++] =
                    static_cast<std::uint8_t>(std::clamp((x + y) * 255 / 7000 - noise, 0, 255));
        }
    }
    return image;
}

void BM_SeparateTwelveMegapixelRgbPhoto(benchmark::State& state) {
    const RasterImage photo = twelveMegapixels();
    auto separation = CmykSeparation::create({});
    if (!separation) {
        state.SkipWithError(separation.error().message.c_str());
        return;
    }
    CmykSeparation& press = *separation.value();
    (void)press.separate(photo, {});  // the transform, built once for the export
    for (auto _ : state) {
        auto cmyk = press.separate(photo, {});
        benchmark::DoNotOptimize(cmyk);
    }
    state.SetItemsProcessed(state.iterations() * photo.width * photo.height);
}
BENCHMARK(BM_SeparateTwelveMegapixelRgbPhoto)->Unit(benchmark::kMillisecond)->UseRealTime();

// What an export pays once: the output profile read, the ink-limiting link and the transform
// from sRGB built.
void BM_BuildTheSeparation(benchmark::State& state) {
    RasterImage pixel;
    pixel.width = pixel.height = 1;
    pixel.colour = ImageColour::Rgb;
    pixel.samples = {200, 120, 80};
    for (auto _ : state) {
        auto separation = CmykSeparation::create({});
        auto cmyk = separation.value()->separate(pixel, {});
        benchmark::DoNotOptimize(cmyk);
    }
}
BENCHMARK(BM_BuildTheSeparation)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
