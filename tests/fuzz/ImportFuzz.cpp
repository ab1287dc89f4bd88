// libFuzzer: the article importer given any bytes — every encoding guess, line cleaning, story
// segmentation and repair must end in stories or a clear error, never a crash. What it lets
// through is text of any shape, which the proof hints then read as `banmian hints` would. The
// same bytes are a newsroom's list of known mistakes too (banmian hints --list): a list or a
// clear error, and a list the hints look for on the stories.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "layout/import/ArticleImporter.h"
#include "layout/proof/KnownMistakes.h"
#include "layout/proof/ProofHints.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const auto result = banmian::layout::importArticles(bytes);
    const auto list = banmian::layout::parseKnownMistakes(bytes);
    if (result) {
        for (const auto& story : result.value().stories) (void)story.characterCount();
        (void)banmian::layout::findHints(result.value().stories,
                                         list ? list.value()
                                              : std::vector<banmian::layout::KnownMistake>{});
    }
    return 0;
}
