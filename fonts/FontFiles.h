#pragma once

#include <filesystem>
#include <vector>

namespace banmian::fonts {

/// The .ttf/.otf/.ttc/.otc files under `directories` (recursively, symlinks followed once each),
/// without duplicates, sorted within each directory so scans are repeatable.
std::vector<std::filesystem::path> findFontFiles(
        const std::vector<std::filesystem::path>& directories);

}  // namespace banmian::fonts
