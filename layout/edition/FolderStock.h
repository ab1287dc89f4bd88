#pragma once

#include <filesystem>
#include <vector>

#include "layout/base/Result.h"
#include "layout/edition/Edition.h"
#include "layout/model/Story.h"

namespace banmian::layout {

/// The stock of a folder edition: the day's stories brought in (`edition import --folder`) and
/// placed on no page yet, as the database keeps them in its stories table. A file of its own
/// beside edition.json, so that an import never rewrites the plan a page's sending writes.
inline constexpr const char* kStockFile = "stock.json";

/// The stories in the folder's stock; none when it has no stock file yet.
Result<std::vector<Story>> readFolderStock(const std::filesystem::path& folder);

/// Every story of the edition in `folder` as Place Story from Edition… lists it: those on its
/// pages (with the pages they stand on), then the stock's; a page that cannot be read is said.
Result<std::vector<EditionStory>> folderStories(const std::filesystem::path& folder,
                                                const Edition& edition);

/// Brings `stories` into the stock of the edition in `folder`: a story whose id the edition has
/// already (in the stock or on one of its pages) is not brought twice, as the database's import
/// does. The stock file is written whole or not at all. How many were new.
Result<int> importIntoFolderStock(const std::filesystem::path& folder, const Edition& edition,
                                  const std::vector<Story>& stories);

}  // namespace banmian::layout
