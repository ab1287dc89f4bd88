#pragma once

#include <string>
#include <vector>

namespace banmian::app {

/// Whether a newsroom command's arguments name an edition in a folder (--folder DIR) rather than
/// one in the database (--db URL).
bool namesFolderEdition(const std::vector<std::string>& args);

/// `banmian edition create|import|status|export --folder DIR …` and `banmian page push|pull
/// --folder DIR …`: the edition kept in a folder (edition.json beside page-01.banmian …, the stock
/// in stock.json), for a paper with no database server.
int runFolderEditionCommand(const std::vector<std::string>& args);
int runFolderPageCommand(const std::vector<std::string>& args);

}  // namespace banmian::app
