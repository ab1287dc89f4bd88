#pragma once

#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "layout/base/Result.h"
#include "layout/model/Block.h"
#include "layout/model/ProofMark.h"
#include "layout/model/Story.h"
#include "layout/style/StyleSheet.h"

namespace banmian::layout {

/// A `.banmian` document: the stories' text, the styles, the page and its blocks, and the proof
/// marks with their history — everything needed to compose the page again, exactly.
struct Document {
    std::vector<Story> stories;
    StyleSheet styles = StyleSheet::defaults();
    Page page;
    std::vector<ProofMark> marks;
};

/// The document format's newest version, which this build reads and writes for a document with
/// proof marks; one without is written as version 1, which Banmian before proof marks reads.
inline constexpr int kDocumentVersion = 2;

/// The document as JSON (`"format": "banmian"`, `"version"`).
std::string documentToJson(const Document& document);

/// A document read from JSON. Corrupt, truncated, hand-edited-wrong or newer files give an error
/// that says what and where (a JSON path), never a half-read document: kind "bad-document".
Result<Document> documentFromJson(std::string_view json);

/// Reads a `.banmian` file; one that cannot be opened gives kind "unreadable-file".
Result<Document> readDocument(const std::filesystem::path& path);

/// Writes a `.banmian` file safely: to a temporary file beside it, flushed, then renamed over the
/// old one, so a full disk or a crash never leaves it half-written. The error, if any.
std::optional<Diagnostic> writeDocument(const Document& document,
                                        const std::filesystem::path& path);

}  // namespace banmian::layout
