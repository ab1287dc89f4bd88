#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <ft2build.h>
#include FT_FREETYPE_H

#include "fonts/FaceInfo.h"

namespace banmian::fonts {

/// What reading one font file gave: all its faces, or the reason it was skipped.
struct FontFileRead {
    std::vector<FaceInfo> faces;
    std::string error;  // empty on success
};

/// Reads names, weight, width, slant and CJK coverage of every face in one font file.
FontFileRead readFontFile(FT_Library library, const std::filesystem::path& path);

}  // namespace banmian::fonts
