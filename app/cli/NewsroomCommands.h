#pragma once

#include <string>
#include <vector>

namespace banmian::app {

/// `banmian newsroom init|migrate --db URL`: Banmian's schema in the newsroom's PostgreSQL.
int runNewsroomCommand(const std::vector<std::string>& args);

/// `banmian edition create|import|status|export --db URL --date D …`: the day's paper in the
/// newsroom's database.
int runEditionCommand(const std::vector<std::string>& args);

/// `banmian page push|pull --db URL --date D --page N FILE.banmian`: a page moved between a file
/// and an edition.
int runPageCommand(const std::vector<std::string>& args);

/// `banmian proof mark --db URL --date D --page N --author NAME --kind KIND --story ID --text
/// TEXT`: a proofreader's mark on the first occurrence of TEXT in the story.
int runProofMarkCommand(const std::vector<std::string>& args);

}  // namespace banmian::app
