#pragma once

#include <optional>
#include <string>

namespace banmian::app {

/// Why `file`, given to a subcommand as articles, is none — a page document, other JSON, a PDF, a
/// word processor's file — as the line to print after "banmian command: ", naming what takes it;
/// nothing when it may be article text (the importer judges the rest). `readsDocuments`: the
/// subcommand reads page documents too (export, hints), so a page document is no error.
std::optional<std::string> notAnArticleFile(const std::string& file, bool readsDocuments = false);

}  // namespace banmian::app
