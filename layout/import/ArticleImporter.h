#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "layout/base/Diagnostic.h"
#include "layout/base/Result.h"
#include "layout/model/Story.h"

namespace banmian::layout {

/// The day's articles as read from one file: the stories in file order, and what the importer did
/// to them (`repairs`: notes of kind "import-repair") or could not decide (`warnings`: warnings
/// of kind "import-warning"), each with its source line.
struct ImportResult {
    std::string encoding;
    std::vector<Story> stories;
    std::vector<Diagnostic> warnings;
    std::vector<Diagnostic> repairs;
};

/// Reads a plain-text file of articles, as newsrooms send them, into stories: decodes it, joins
/// paragraphs cut by column breaks, gives headlines that came after their story back to it, and
/// ties sidebars to their stories. Fails only when the bytes are not text at all.
Result<ImportResult> importArticles(std::string_view bytes);

/// importArticles() on a file's contents; a file that cannot be read gives an error naming it.
Result<ImportResult> importArticleFile(const std::filesystem::path& path);

/// The largest article file read, in bytes: a day's copy is far smaller, so more means a wrong
/// file.
constexpr std::size_t kMaxArticleFileBytes = 64u << 20;

}  // namespace banmian::layout
