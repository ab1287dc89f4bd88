#include "layout/base/Diagnostic.h"

namespace banmian::layout {

std::string describe(const Diagnostic& diagnostic) {
    if (diagnostic.line <= 0) return diagnostic.message;
    return "line " + std::to_string(diagnostic.line) + ": " + diagnostic.message;
}

}  // namespace banmian::layout
