// libFuzzer: the .banmian reader given any bytes — truncated, hand-edited or hostile documents
// must give a document or an error naming where, never a crash; a document read is written again.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "layout/document/Document.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto document =
            banmian::layout::documentFromJson({reinterpret_cast<const char*>(data), size});
    if (document) (void)banmian::layout::documentToJson(document.value());
    return 0;
}
