// libFuzzer: the article importer given any bytes — every encoding guess, line cleaning, story
// segmentation and repair must end in stories or a clear error, never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "layout/import/ArticleImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto result =
            banmian::layout::importArticles({reinterpret_cast<const char*>(data), size});
    if (result) {
        for (const auto& story : result.value().stories) (void)story.characterCount();
    }
    return 0;
}
