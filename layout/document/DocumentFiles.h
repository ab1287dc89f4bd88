#pragma once

#include <filesystem>

#include "layout/document/Document.h"

namespace banmian::layout {

/// The files a document refers to — its photos (in frames, and the day's photos) and the plant's
/// colour profile — as the `.banmian` file in `folder` keeps them: a file inside the document's
/// folder (or below it) by its path from there, so that a page moved or copied together with its
/// photos still finds them; a file elsewhere (a shared photo store) by its absolute path. In
/// memory they are absolute.
void filesRelativeTo(Document& document, const std::filesystem::path& folder);

/// The other way, for a document read from `folder`: relative paths made absolute against it.
void filesAbsoluteFrom(Document& document, const std::filesystem::path& folder);

}  // namespace banmian::layout
