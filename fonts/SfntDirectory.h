#pragma once

#include <cstdint>
#include <istream>
#include <optional>
#include <string>

namespace banmian::fonts {

/// Why face `faceIndex` of a font file is incomplete (a table runs past the end of the file, as in
/// a half-copied download), or nullopt when its table directory fits the file. FreeType opens such
/// files and silently drops the missing tables, so the scan checks this itself.
std::optional<std::string> findTruncation(std::istream& file, std::uint64_t fileSize,
                                          int faceIndex);

}  // namespace banmian::fonts
