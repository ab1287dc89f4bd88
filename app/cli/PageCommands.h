#pragma once

#include <string>
#include <vector>

namespace banmian::app {

/// `banmian compose ARTICLES -o PAGE.banmian [--png PAGE.png] [--page SIZE] [--title T] [--date D]`:
/// auto-composes a front page from an article file and saves it as a document.
int runComposeCommand(const std::vector<std::string>& args);

/// `banmian info PAGE.banmian`: the page's grid, and every block's story, place, frames and
/// copyfit, as JSON.
int runInfoCommand(const std::vector<std::string>& args);

}  // namespace banmian::app
