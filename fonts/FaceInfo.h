#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace banmian::fonts {

/// One face found on disk: where to open it and the names, weight and coverage it declares.
struct FaceInfo {
    std::filesystem::path path;
    // Index inside a .ttc/.otc collection, for FT_New_Face and hb_face_create; 0 for single files.
    int faceIndex = 0;
    // English typographic family (name ID 16, else 1), so all weights of a family share one name.
    std::string family;
    std::string style;
    // Chinese family from the name table (zh-CN first); empty when the font has none. Designers
    // type 霞鹜文楷 as often as LXGW WenKai.
    std::string chineseFamily;
    // Further family names the face answers to: legacy per-weight names ("LXGW WenKai Light") and
    // other locales, as other applications show them.
    std::vector<std::string> otherFamilies;
    int weight = 400;  // OS/2 usWeightClass
    // OS/2 usWidthClass, 5 = normal. Condensed faces share the family name (DejaVu Sans Condensed
    // is family "DejaVu Sans"), so lookups need it to avoid handing out a condensed face.
    int width = 5;
    bool italic = false;
    bool coversCjk = false;  // has glyphs for 一 汉 。 — usable for Chinese text at all
};

}  // namespace banmian::fonts
