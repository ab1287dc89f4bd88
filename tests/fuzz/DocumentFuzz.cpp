// libFuzzer: the .banmian reader given any bytes — truncated, hand-edited or hostile documents
// must give a document or an error naming where, never a crash. A document read is written
// again, and its proof marks — which a hand edit can point anywhere — are found with the hints,
// merged into a copy whose text changed (each looked for again), and each accepted on a copy, as
// the editor's Accept would.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "layout/document/Document.h"
#include "layout/proof/MarkMerge.h"
#include "layout/proof/OpenHints.h"
#include "layout/proof/Review.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace banmian::layout;
    const auto read = documentFromJson({reinterpret_cast<const char*>(data), size});
    if (!read) return 0;
    const Document& document = read.value();
    (void)documentToJson(document);
    (void)proofMarks(document);
    Document other = document;
    if (!other.stories.empty() && !other.stories.front().paragraphs.empty())
        other.stories.front().paragraphs.erase(other.stories.front().paragraphs.begin());
    (void)mergeMarks(other, document);
    (void)documentToJson(other);
    // A handful is enough to reach every kind; a thousand marks would only slow the run.
    const std::size_t marks = std::min<std::size_t>(document.marks.size(), 8);
    for (std::size_t i = 0; i < marks; ++i) {
        Document copy = document;
        if (!acceptMark(copy, copy.marks[i].id, {"fuzz", "2026-11-25T23:00:00"}))
            (void)documentToJson(copy);
    }
    return 0;
}
