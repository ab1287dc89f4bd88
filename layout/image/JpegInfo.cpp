#include "layout/image/JpegInfo.h"

namespace banmian::layout {

Result<JpegInfo> readJpegInfo(std::string_view bytes) {
    auto at = [&](std::size_t i) {
        return i < bytes.size() ? static_cast<unsigned char>(bytes[i]) : 0u;
    };
    if (bytes.size() < 4 || at(0) != 0xFF || at(1) != 0xD8) return Diagnostic{0, "not a JPEG file"};
    JpegInfo info;
    bool frame = false;
    for (std::size_t p = 2; p + 4 <= bytes.size();) {
        if (at(p) != 0xFF)
            return Diagnostic{0,
                              "a damaged JPEG file (no marker at byte " + std::to_string(p) + ")"};
        const unsigned marker = at(p + 1);
        if (marker == 0xFF) {  // fill byte
            ++p;
            continue;
        }
        const std::size_t length = at(p + 2) << 8 | at(p + 3);
        if (marker == 0xEE && length >= 12 && bytes.substr(p + 4, 5) == "Adobe")
            info.adobeInverted = true;
        // SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC): the frame header.
        if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 &&
            marker != 0xCC) {
            info.height = static_cast<int>(at(p + 5) << 8 | at(p + 6));
            info.width = static_cast<int>(at(p + 7) << 8 | at(p + 8));
            info.components = static_cast<int>(at(p + 9));
            if (info.width <= 0 || info.height <= 0 || info.components <= 0)
                return Diagnostic{0, "a damaged JPEG header"};
            frame = true;
        }
        if (marker == 0xDA) {
            // Inside entropy-coded data an FF is followed by 00 or a restart marker, so an FF D9
            // after the first scan header is the end of the image.
            info.complete = bytes.find("\xFF\xD9", p + 2) != std::string_view::npos;
            break;
        }
        p += 2 + length;
    }
    if (!frame) return Diagnostic{0, "a JPEG file without a frame header (truncated?)"};
    return info;
}

}  // namespace banmian::layout
