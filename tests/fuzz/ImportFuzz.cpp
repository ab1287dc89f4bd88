// libFuzzer: the article importer given any bytes — every encoding guess, line cleaning, story
// segmentation and repair must end in stories or a clear error, never a crash. What it lets
// through is text of any shape, which the proof hints then read as `banmian hints` would.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "layout/import/ArticleImporter.h"
#include "layout/proof/ProofHints.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto result =
            banmian::layout::importArticles({reinterpret_cast<const char*>(data), size});
    if (result) {
        for (const auto& story : result.value().stories) (void)story.characterCount();
        (void)banmian::layout::findHints(result.value().stories);
    }
    return 0;
}
