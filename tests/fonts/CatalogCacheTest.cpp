#include "fonts/CatalogCache.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "fonts/FontCatalog.h"

namespace banmian::fonts {
namespace {

namespace fs = std::filesystem;

TEST(CatalogCache, RemembersFacesAndNoticesChangedFiles) {
    const fs::path dir = fs::temp_directory_path() / "banmian-catalog-cache-test";
    fs::remove_all(dir);
    fs::create_directories(dir / "fonts");
    const fs::path font = dir / "fonts" / "wenkai.ttf";
    fs::copy_file("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", font);
    const fs::path cacheFile = dir / "cache.json";

    const FontCatalog first({dir / "fonts"}, cacheFile);
    ASSERT_EQ(first.faces().size(), 1u);
    EXPECT_EQ(first.faces()[0].family, "LXGW WenKai");
    ASSERT_TRUE(fs::exists(cacheFile));

    // What the cache holds is what the next start believes, without opening the font…
    nlohmann::json cache;
    std::ifstream(cacheFile) >> cache;
    cache["files"][font.string()]["faces"][0]["family"] = "Cached Name";
    std::ofstream(cacheFile) << cache.dump();
    EXPECT_EQ(FontCatalog({dir / "fonts"}, cacheFile).faces()[0].family, "Cached Name");

    // …until the file changes: then it is read again.
    fs::last_write_time(font, fs::last_write_time(font) + std::chrono::seconds(10));
    EXPECT_EQ(FontCatalog({dir / "fonts"}, cacheFile).faces()[0].family, "LXGW WenKai");

    // A damaged cache is only a slower start.
    std::ofstream(cacheFile) << "{ not json";
    EXPECT_EQ(FontCatalog({dir / "fonts"}, cacheFile).faces().size(), 1u);
    fs::remove_all(dir);
}

}  // namespace
}  // namespace banmian::fonts
