#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

#include "layout/base/Diagnostic.h"
#include "layout/base/Result.h"

namespace banmian::layout {

/// The output path that names standard output (`-o -` on the command line).
inline constexpr std::string_view kStandardOutput = "-";

/// Writes `bytes` to `path` so that it is never left half-written: to a temporary file beside it,
/// flushed to disk, then renamed over the old one. A full disk or a read-only folder gives the
/// error and leaves any old file as it was. What `path` names decides how:
/// - `-` (kStandardOutput): standard output;
/// - a symbolic link: the end of its chain, written as above beside that target; the link stays;
/// - a character device (/dev/null) or a named pipe: written straight into, never renamed over;
///   a block device (a disk) or a folder is refused;
/// - a file that exists keeps its permission bits (and its owner where this user may keep it); a
///   new file gets the mode the umask gives (0644 under umask 022), as any program's would.
std::optional<Diagnostic> writeFileAtomically(const std::filesystem::path& path,
                                              std::string_view bytes);

/// Where `path` leads: the end of its chain of symbolic links (a relative target read from the
/// link's folder), which need not exist; `path` itself when it is no link. An error for a loop.
Result<std::filesystem::path> followLinks(const std::filesystem::path& path);

}  // namespace banmian::layout
