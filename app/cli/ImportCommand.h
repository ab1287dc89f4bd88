#pragma once

#include <string>
#include <vector>

namespace banmian::app {

/// `banmian import FILE [--outline]`: the stories in an article file, as JSON or as an outline.
int runImportCommand(const std::vector<std::string>& args);

/// The outline of the built-in seed page, printed when there is no display for the window.
int printSeedOutline();

}  // namespace banmian::app
