#pragma once

#include <string_view>

namespace banmian::app {

/// The seed page's articles (a district newspaper's front page, seeds/xuhui-front-page.txt),
/// built into the executables so that `banmian` with no arguments always has a page to show.
std::string_view seedPageText();

/// The name the seed page goes by in titles and messages.
constexpr const char* kSeedPageName = "xuhui-front-page.txt";

}  // namespace banmian::app
