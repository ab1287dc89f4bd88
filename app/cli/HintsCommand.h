#pragma once

#include <string>
#include <vector>

namespace banmian::app {

/// `banmian hints FILE`: the automatic proof hints (自动校对提示) on the stories of an article file
/// or a `.banmian` document, one line each, and their count.
int runHintsCommand(const std::vector<std::string>& args);

}  // namespace banmian::app
