#pragma once

#include <string>

namespace banmian::layout {

/// A message about the user's input that a person can act on, tied to a 1-based source line
/// (0 when it concerns the whole file).
struct Diagnostic {
    int line = 0;
    std::string message;

    bool operator==(const Diagnostic&) const = default;
};

/// "line 12: message", or the bare message when no line applies.
std::string describe(const Diagnostic& diagnostic);

}  // namespace banmian::layout
