#pragma once

#include <string>
#include <vector>

namespace banmian::app {

/// `banmian import FILE [--outline]`: the stories in an article file, as JSON or as an outline.
int runImportCommand(const std::vector<std::string>& args);

/// What runs when there is no display for the window: the built-in seed page's outline, and its
/// front page composed and saved (document and picture) in the temporary folder, saying where.
int composeSeedPage();

}  // namespace banmian::app
