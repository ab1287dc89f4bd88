#pragma once

#include <filesystem>
#include <string_view>

namespace banmian::layout {

/// What a file given as articles really holds, judged by its content, not its name: the command
/// and the window refuse what is no article file with a sentence that names it, instead of
/// reading a page document's JSON or a PDF as newspaper text.
enum class FileKind {
    ArticleText,      ///< anything else: the importer decides (and explains binary or bad bytes)
    BanmianDocument,  ///< a .banmian page document (JSON with "format": "banmian"), even cut short
    OtherJson,        ///< JSON that is no page document (e.g. what `banmian import` prints)
    Pdf,              ///< a PDF file (%PDF- at the start)
    OfficeDocument,   ///< a word processor's file: Word .docx/.doc, WPS, OpenDocument (a ZIP/OLE)
};

/// The kind of a file whose content is `bytes`, or whose first bytes are (64 KB are enough to
/// tell; the whole file makes a JSON verdict exact). JSON is a first non-blank `{` or `[` that
/// either parses whole or opens as JSON does (`{"key":`, `[{`, `["text",` …): `[编者按]` or
/// `[1] 本报讯` open articles, not JSON.
FileKind fileKindOf(std::string_view bytes);

/// The kind of the file at `path`; ArticleText when it cannot be read (the importer then says
/// why, as it always has).
FileKind fileKindOfFile(const std::filesystem::path& path);

/// The kind as a sentence's object: "a Banmian page document", "a PDF file" …
std::string_view describe(FileKind kind);

}  // namespace banmian::layout
