#pragma once

#include <string>
#include <vector>

namespace banmian::app {

/// `banmian proof import PAGE.banmian ANNOTATED.pdf [-o OUT.banmian] [--force]` (`args`: what
/// follows "proof import"): the marks a proofreader annotated a proof PDF with, in any viewer,
/// read into the page (or written to OUT), and a summary of what came of each.
int runProofImportCommand(const std::vector<std::string>& args);

}  // namespace banmian::app
