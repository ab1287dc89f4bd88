#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "layout/base/Result.h"
#include "layout/edition/Edition.h"
#include "layout/edition/Jumps.h"

namespace banmian::layout {

/// An edition kept in a folder, for a paper of one or two people with no database server: its
/// plan in edition.json, each page a .banmian file beside it (page-01.banmian …) that the window
/// opens, locks and autosaves as any page. The same plan, states and jumps as an edition in the
/// newsroom's database.
inline constexpr const char* kEditionFile = "edition.json";

/// The edition file's JSON, and back (an error saying where, as a page document's do).
std::string editionToJson(const Edition& edition);
Result<Edition> editionFromJson(std::string_view json);

/// The file of page `number` in the folder: page-03.banmian.
std::filesystem::path folderPageFile(const std::filesystem::path& folder, int number);

/// Makes the edition in `folder` (made when missing): each page's file, then edition.json last,
/// so that a folder with an edition file always has its pages. Refused where the folder has an
/// edition already.
std::optional<Diagnostic> createFolderEdition(
        const std::filesystem::path& folder, const Edition& edition,
        const std::function<Document(const EditionPage&)>& newPage);

/// The edition in `folder`; an error naming the file when there is none or it is not one.
Result<Edition> readFolderEdition(const std::filesystem::path& folder);
/// Writes the edition file (a page sent, a section renamed), whole or not at all.
std::optional<Diagnostic> writeFolderEdition(const std::filesystem::path& folder,
                                             const Edition& edition);

/// Page `number` read from its file, its number and section the edition's, and its jumps put
/// right against the other pages' files as they are now (updateJumps()).
Result<Document> openFolderPage(const std::filesystem::path& folder, const Edition& edition,
                                int number, PageComposer& composer);

/// Every page's line of the plan: its state, the window that holds it (its lock), its marks.
Result<std::vector<PageStatus>> folderStatus(const std::filesystem::path& folder,
                                             const Edition& edition);

}  // namespace banmian::layout
