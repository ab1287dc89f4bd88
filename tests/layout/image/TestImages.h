#pragma once

// The image tests' files (tests/data/images) and how they look at decoded pixels.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "layout/image/RasterImage.h"

namespace banmian::layout::test {

inline const std::string kImages = std::string(BANMIAN_TEST_DATA_DIR) + "/images/";

inline std::string bytesOf(const std::string& name) {
    const auto bytes = readImageFile(kImages + name);
    EXPECT_TRUE(bytes) << name;
    return bytes.value_or("");
}

inline RasterImage decodedBytes(const std::string& bytes, const std::string& name) {
    const auto image = decodeRasterImage(bytes);
    EXPECT_TRUE(image.ok()) << name << ": " << (image ? "" : image.error().message);
    return image ? image.value() : RasterImage{};
}

inline RasterImage decoded(const std::string& name) {
    return decodedBytes(bytesOf(name), name);
}

// The samples of pixel (x, y); none outside the image.
inline std::vector<int> at(const RasterImage& image, int x, int y) {
    const int n = channelsOf(image.colour);
    std::vector<int> samples;
    if (x >= image.width || y >= image.height) return samples;
    for (int c = 0; c < n; ++c)
        samples.push_back(image.samples[(static_cast<std::size_t>(y) * image.width + x) * n + c]);
    return samples;
}

// The first sample of each pixel of row y: the gray of a gray image.
inline std::vector<int> row(const RasterImage& image, int y) {
    std::vector<int> gray;
    for (int x = 0; x < image.width; ++x) gray.push_back(at(image, x, y).at(0));
    return gray;
}

using V = std::vector<int>;

// Each byte of `whole` flipped in turn: the decoder gives an error with a message or an image as
// large as it says, never a crash nor samples short of its size (damage in copying or on disk).
inline void expectEveryFlippedByteDecodesWholeOrNot(const std::string& whole) {
    for (std::size_t i = 0; i < whole.size(); ++i) {
        std::string damaged = whole;
        damaged[i] = static_cast<char>(damaged[i] ^ 0x5A);
        const auto image = decodeRasterImage(damaged);
        if (image) {
            const RasterImage& r = image.value();
            EXPECT_EQ(r.samples.size(),
                      static_cast<std::size_t>(r.width) * r.height * channelsOf(r.colour))
                    << "byte " << i;
        } else {
            EXPECT_FALSE(image.error().message.empty()) << "byte " << i;
        }
    }
}

}  // namespace banmian::layout::test
