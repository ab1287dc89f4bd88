#pragma once

#include <filesystem>
#include <optional>
#include <string_view>
#include <vector>

#include "layout/base/Result.h"
#include "layout/model/Block.h"
#include "layout/model/DayPhoto.h"
#include "layout/model/PrintSettings.h"
#include "layout/model/ProofMark.h"
#include "layout/model/ProofRound.h"
#include "layout/model/Story.h"
#include "layout/style/StyleSheet.h"

namespace banmian::layout {

/// A `.banmian` document: the stories' text, the styles, the page and its blocks, the proof
/// marks with their history, and what the plant asks of its print file — everything needed to
/// compose the page again, exactly, and to check it for the plant.
struct Document {
    std::vector<Story> stories;
    StyleSheet styles = StyleSheet::defaults();
    Page page;
    std::vector<ProofMark> marks;
    PrintSettings print;
    /// The day's photos handed in for the page, placed or not: what auto-compose places.
    std::vector<DayPhoto> photos = {};
    /// The proof rounds opened, in order; none for a page still in its first round as made (its
    /// current round is 一校, opened by nobody recorded).
    std::vector<ProofRound> rounds = {};
    /// The sign-offs (签样) and their liftings, in order: the page is signed while the last is one.
    std::vector<SignOffEvent> signOffs = {};
    /// Each story's text as it came in, for 核红's "changed since the manuscript".
    std::vector<Manuscript> manuscripts = {};
};

/// The document format's version this build writes, and the newest it reads: 3 names every story,
/// block, photo, caption and mark by a stable id and refers to stories by id. Versions 1 (no marks)
/// and 2 (marks, "m1"…) are read, given ids, and written back as 3. The print settings
/// (`"print"`) came later within 3: a document without them is read with newsprint's defaults.
inline constexpr int kDocumentVersion = 3;

/// Gives every story, block, photo, caption and mark that has no id a new one (newId()): a
/// document made in code, or one read from before ids, before it is shown, edited or saved.
void giveMissingIds(Document& document);

/// The document as JSON (`"format": "banmian"`, `"version"`).
std::string documentToJson(const Document& document);

/// A document read from JSON. Corrupt, truncated, hand-edited-wrong or newer files, and two
/// objects of one kind sharing an id, give an error that says what and where (a JSON path),
/// never a half-read document (kind "bad-document"). Its marks are checked against the stories
/// (reanchor()).
Result<Document> documentFromJson(std::string_view json);

/// Reads a `.banmian` file; one that cannot be opened gives kind "unreadable-file". Photos and the
/// plant's profile kept relative to the file's folder come back absolute (DocumentFiles.h).
Result<Document> readDocument(const std::filesystem::path& path);

/// Writes a `.banmian` file safely: to a temporary file beside it, flushed, then renamed over the
/// old one, so a full disk or a crash never leaves it half-written; photos and the plant's
/// profile inside the file's folder are kept by their path from it. The error, if any.
std::optional<Diagnostic> writeDocument(const Document& document,
                                        const std::filesystem::path& path);

}  // namespace banmian::layout
