// libFuzzer: the text engine given any text at any width — shaping, line breaking, composition
// and hyphenation must set every line or say why, never crash. The first two bytes choose the
// column width (1 to 60 ems, narrow ones included), the rest is the paragraph.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fonts/FontRegistry.h"
#include "layout/text/Typesetter.h"

namespace {

struct Engine {
    banmian::fonts::FontRegistry registry;
    banmian::layout::Typesetter typesetter{registry};
    banmian::layout::ParagraphStyle style;
    bool ready = false;
    Engine() {
        const auto font = registry.forRole(banmian::fonts::FontRole::BookSong);
        if (!font) return;
        style.font = *font.id;
        ready = true;
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static Engine engine;
    if (!engine.ready || size < 2) return 0;
    const int ems = 1 + (data[0] | data[1] << 8) % 60;
    const std::string_view text(reinterpret_cast<const char*>(data) + 2, size - 2);
    const auto set = engine.typesetter.typeset(
            text, engine.style, banmian::layout::ConstantLineWidth(ems * engine.style.size));
    for (const auto& line : set.lines) (void)line.runs.size();
    return 0;
}
