#pragma once

#include <string>
#include <vector>

#include <ft2build.h>
#include FT_FREETYPE_H

namespace banmian::fonts {

/// The family and style names a face declares in its 'name' table, decoded to UTF-8.
struct FaceNames {
    std::string family;         // English, typographic (ID 16) before legacy (ID 1)
    std::string style;          // English, typographic (ID 17) before legacy (ID 2)
    std::string chineseFamily;  // zh-CN, then zh-SG, zh-TW, zh-HK, zh-MO; empty if none
    std::vector<std::string> otherFamilies;  // every other distinct family name
};

/// Reads the face's names, preferring English and falling back to FreeType's own choice.
FaceNames readFaceNames(FT_Face face);

}  // namespace banmian::fonts
