#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "layout/base/Result.h"

namespace banmian::layout {

/// A word a newsroom's copy gets wrong again and again, and its correction: 徐江→徐汇 (the
/// paper's own district, one key off), 截止目前→截至目前.
struct KnownMistake {
    std::string wrong, right;

    bool operator==(const KnownMistake&) const = default;
};

/// A list of known mistakes (易错词表) as a newsroom keeps it: one `wrong→right` a line, UTF-8
/// (`->` reads as →); blank lines and lines starting with # are skipped. A line that is not such
/// a pair, or a list that is not UTF-8 text: an error naming the line, nothing taken.
Result<std::vector<KnownMistake>> parseKnownMistakes(std::string_view text);

/// The list in `file`, as parseKnownMistakes() reads it; errors name the file.
Result<std::vector<KnownMistake>> readKnownMistakes(const std::filesystem::path& file);

/// Slips every Chinese desk knows (常见错别字): words that are wrong wherever they stand, in
/// simplified and traditional copy alike — 既使→即使, 再接再励→再接再厉. Shipped with Banmian;
/// automatic proof hints look for them with or without a newsroom's list.
const std::vector<KnownMistake>& commonSlips();

/// `newsroom`'s mistakes, then the common slips it does not correct itself: the list the hints
/// look for. A newsroom's word wins over the shipped one.
std::vector<KnownMistake> withCommonSlips(const std::vector<KnownMistake>& newsroom);

/// The file a newsroom's list is found in beside a document or an article file: its folder's
/// known-mistakes.txt.
inline constexpr std::string_view kKnownMistakesFile = "known-mistakes.txt";

/// Where the newsroom's list beside `file` (a page or an article file) is kept, whether or not
/// it is there: what the window, `hints` and `export --proof` all look for.
std::filesystem::path knownMistakesBeside(const std::filesystem::path& file);

/// The newsroom's list beside `file`, read: empty when there is none; an error naming its line
/// when it is not a list.
Result<std::vector<KnownMistake>> readKnownMistakesBeside(const std::filesystem::path& file);

}  // namespace banmian::layout
