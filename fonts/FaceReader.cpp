#include "fonts/FaceReader.h"

#include <fstream>
#include <memory>
#include <optional>
#include <system_error>
#include <utility>

#include FT_TRUETYPE_TABLES_H

#include "fonts/NameTable.h"
#include "fonts/SfntDirectory.h"

namespace banmian::fonts {

namespace {

struct FaceDeleter {
    void operator()(FT_FaceRec_* face) const { FT_Done_Face(face); }
};
using FacePtr = std::unique_ptr<FT_FaceRec_, FaceDeleter>;

std::string freetypeError(FT_Error error) {
    const char* text = FT_Error_String(error);  // null unless FreeType was built with the strings
    return text ? std::string(text) : "FreeType error " + std::to_string(error);
}

// 一 and 汉 are in every GB 2312 font, 。 in every Chinese one; a face missing any of them cannot
// set Chinese text, whatever its name says.
bool coversCjk(FT_Face face) {
    if (FT_Select_Charmap(face, FT_ENCODING_UNICODE) != 0) return false;
    for (FT_ULong c : {0x4E00UL, 0x6C49UL, 0x3002UL}) {
        if (FT_Get_Char_Index(face, c) == 0) return false;
    }
    return true;
}

int weightOf(FT_Face face, const TT_OS2* os2) {
    int weight = os2 ? os2->usWeightClass : 0;
    // Some old fonts store 1..9 instead of 100..900.
    if (weight >= 1 && weight <= 9) weight *= 100;
    if (weight < 1 || weight > 1000) weight = (face->style_flags & FT_STYLE_FLAG_BOLD) ? 700 : 400;
    return weight;
}

FaceInfo describe(FT_Face face, const std::filesystem::path& path, int index) {
    const auto* os2 = static_cast<const TT_OS2*>(FT_Get_Sfnt_Table(face, FT_SFNT_OS2));
    FaceNames names = readFaceNames(face);

    FaceInfo info;
    info.path = path;
    info.faceIndex = index;
    info.family = std::move(names.family);
    info.style = std::move(names.style);
    info.chineseFamily = std::move(names.chineseFamily);
    info.otherFamilies = std::move(names.otherFamilies);
    info.weight = weightOf(face, os2);
    if (os2 && os2->usWidthClass >= 1 && os2->usWidthClass <= 9) info.width = os2->usWidthClass;
    constexpr FT_UShort kItalic = 1 << 0, kOblique = 1 << 9;  // OS/2 fsSelection bits
    info.italic = (face->style_flags & FT_STYLE_FLAG_ITALIC) ||
                  (os2 && (os2->fsSelection & (kItalic | kOblique)));
    info.coversCjk = coversCjk(face);
    return info;
}

}  // namespace

FontFileRead readFontFile(FT_Library library, const std::filesystem::path& path) {
    FontFileRead result;
    std::error_code ec;
    std::uint64_t size = std::filesystem::file_size(path, ec);
    std::ifstream file(path, std::ios::binary);
    if (ec || !file) {
        result.error = "cannot be read";
        return result;
    }

    // FreeType maps the file and reads only what it needs, so opening each face is cheap even for
    // 25 MB collections.
    int numFaces = 1;
    for (int index = 0; index < numFaces; ++index) {
        FT_Face raw = nullptr;
        FT_Error error = FT_New_Face(library, path.c_str(), index, &raw);
        FacePtr face(raw);
        if (error != 0) {
            result.error = "not a font FreeType can open (" + freetypeError(error) + ")";
            break;
        }
        if (index == 0) numFaces = static_cast<int>(face->num_faces);
        if (!FT_IS_SFNT(face.get())) {
            result.error = "not an OpenType/TrueType font";
            break;
        }
        if (std::optional<std::string> cut = findTruncation(file, size, index)) {
            result.error = "face " + std::to_string(index) + ": " + *cut;
            break;
        }
        result.faces.push_back(describe(face.get(), path, index));
    }
    // A collection with a broken face is a broken file: skip it whole rather than half of it.
    if (!result.error.empty()) result.faces.clear();
    return result;
}

}  // namespace banmian::fonts
