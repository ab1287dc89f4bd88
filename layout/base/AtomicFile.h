#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

#include "layout/base/Diagnostic.h"

namespace banmian::layout {

/// Writes `bytes` to `path` so that it is never left half-written: to a temporary file beside it,
/// flushed to disk, then renamed over the old one. A full disk or a read-only folder gives the
/// error and leaves any old file as it was.
std::optional<Diagnostic> writeFileAtomically(const std::filesystem::path& path,
                                              std::string_view bytes);

}  // namespace banmian::layout
