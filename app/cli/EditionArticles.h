#pragma once

#include <optional>
#include <string>
#include <vector>

#include "layout/model/Story.h"

namespace banmian::app {

/// The day's stories for `banmian edition import`, into the database or a folder alike: `file`
/// refused when it is no article file, else imported as `banmian import` does. None after the
/// one line on stderr that says why.
std::optional<std::vector<layout::Story>> readEditionArticles(const std::string& command,
                                                              const std::string& file);

/// What an import says: how many of the stories were new in the stock, then each one's id and
/// headline (what `proof mark --story` and a page's blocks name it by).
void reportImported(int added, const std::vector<layout::Story>& stories);

}  // namespace banmian::app
