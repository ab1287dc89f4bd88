#pragma once

#include <string>
#include <vector>

namespace banmian::app {

/// `banmian typeset FILE --width W [--size S] [--leading L] [--font ROLE] [--json] [--png OUT]`:
/// the body text of an article file set in one column (a galley), as text, JSON or a picture.
int runTypesetCommand(const std::vector<std::string>& args);

}  // namespace banmian::app
