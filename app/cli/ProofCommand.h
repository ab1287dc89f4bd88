#pragma once

#include <string>
#include <vector>

namespace banmian::app {

/// `banmian proof status|check|merge|import …`: the page's proof rounds (校次) and sign-off (签样),
/// checking the red (核红), and marks brought in from other copies of the page.
int runProofCommand(const std::vector<std::string>& args);

}  // namespace banmian::app
