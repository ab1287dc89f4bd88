#include "layout/text/Hyphenator.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <unordered_map>

namespace banmian::layout {

/// A pattern file read into a table: the letters of each pattern, and the levels between them
/// (one more than the letters). Read by hand rather than with libhyphen, whose loader built a state
/// machine from the 11,000 English patterns in 6 ms, longer than typesetting the page it served.
struct HyphenationPatterns {
    std::unordered_map<std::string, std::string> levels;
    std::size_t longest = 0;
    std::size_t leftMin = 2, rightMin = 2;
};

namespace {

// The patterns of `path` (the format of libhyphen's .dic files: a charset line, then one pattern or
// keyword per line); nothing when the file cannot be read or holds no pattern.
std::shared_ptr<const HyphenationPatterns> readPatterns(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return nullptr;
    auto patterns = std::make_shared<HyphenationPatterns>();
    std::string line;
    std::getline(in, line);  // the charset: UTF-8 (only ASCII words are asked for)
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line[0] == '%') continue;
        if (std::isupper(static_cast<unsigned char>(line[0]))) {  // a keyword
            std::istringstream words(line);
            std::string keyword;
            std::size_t value = 0;
            words >> keyword >> value;
            if (keyword == "LEFTHYPHENMIN" && value > 0) patterns->leftMin = value;
            if (keyword == "RIGHTHYPHENMIN" && value > 0) patterns->rightMin = value;
            continue;
        }
        if (line.find('/') != std::string::npos) continue;  // a non-standard (respelling) rule
        std::string letters, levels(1, '0');
        for (char c : line) {
            if (c >= '0' && c <= '9') {
                levels.back() = c;
            } else {
                letters += c;
                levels += '0';
            }
        }
        patterns->longest = std::max(patterns->longest, letters.size());
        patterns->levels.emplace(std::move(letters), std::move(levels));
    }
    if (patterns->levels.empty()) return nullptr;
    return patterns;
}

// The patterns read in this process, by file: shared, read-only, by every typesetter. The table
// is never destroyed: freeing 11,000 patterns one by one took a millisecond at every exit.
std::shared_future<std::shared_ptr<const HyphenationPatterns>> sharedPatterns(
        const std::string& path) {
    static std::mutex mutex;
    static auto* files =
            new std::map<std::string,
                         std::shared_future<std::shared_ptr<const HyphenationPatterns>>>();
    const std::lock_guard lock(mutex);
    auto it = files->find(path);
    if (it == files->end()) {
        auto reading = std::async(std::launch::async, [path] { return readPatterns(path); });
        it = files->emplace(path, reading.share()).first;
    }
    return it->second;
}

bool isCapital(char c) {
    return c >= 'A' && c <= 'Z';
}
// Small: an ASCII small letter, or a byte of a non-ASCII letter (é), which the patterns treat as a
// letter of the word.
bool isSmall(char c) {
    return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
}

// Where the parts of a compound name begin: a capital after a small letter (Sense|Chat, Open|AI,
// Chat|GPT, Intern|LM, i|Phone), and the last capital of a run of them when two small letters
// follow (AIGC|Chat; not GPTs, a plural).
std::vector<std::size_t> partStarts(std::string_view word) {
    std::vector<std::size_t> starts{0};
    for (std::size_t i = 1; i < word.size(); ++i) {
        const bool afterSmall = isSmall(word[i - 1]) && isCapital(word[i]);
        const bool endsCapitals = isCapital(word[i - 1]) && isCapital(word[i]) &&
                                  i + 2 < word.size() && isSmall(word[i + 1]) &&
                                  isSmall(word[i + 2]);
        if (afterSmall || endsCapitals) starts.push_back(i);
    }
    return starts;
}

}  // namespace

bool Hyphenator::isOrdinaryWord(std::string_view word) {
    if (word.empty() || !(isCapital(word[0]) || isSmall(word[0]))) return false;
    return std::all_of(word.begin() + 1, word.end(), isSmall);
}

Hyphenator::Hyphenator(const std::string& dictionary) : m_patterns(sharedPatterns(dictionary)) {}

std::vector<bool> Hyphenator::breakPoints(std::string_view word) const {
    const std::size_t n = word.size();
    std::vector<bool> points(n, false);
    if (!std::all_of(word.begin(), word.end(), [](char c) { return isCapital(c) || isSmall(c); }))
        return points;  // not a word: a number, a code, a URL is never hyphenated

    // A compound name breaks only between its parts — ChatGPT as Chat-GPT, never Ch-atGPT — and
    // only where a part of two letters at least stays on each side: not i-Phone.
    const std::vector<std::size_t> starts = partStarts(word);
    if (starts.size() > 1) {
        for (std::size_t k = 1; k < starts.size(); ++k) {
            const std::size_t at = starts[k];
            const std::size_t before = at - starts[k - 1];
            const std::size_t after = (k + 1 < starts.size() ? starts[k + 1] : n) - at;
            points[at] = before >= 2 && after >= 2;
        }
        return points;
    }
    // The patterns are for English words: lowercase or Capitalised. An acronym (AIGC, NASA) is
    // not hyphenated.
    if (!isOrdinaryWord(word)) return points;
    const HyphenationPatterns* table = patterns();
    if (!table) return points;

    // Liang: every pattern found in ".word." raises the levels between its letters; an odd level
    // between two letters allows a break there.
    std::string dotted = ".";
    for (char c : word) dotted += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    dotted += '.';
    std::vector<char> level(dotted.size() + 1, '0');
    std::string key;
    for (std::size_t start = 0; start < dotted.size(); ++start) {
        for (std::size_t length = 1; length <= table->longest && start + length <= dotted.size();
             ++length) {
            key.assign(dotted, start, length);
            const auto found = table->levels.find(key);
            if (found == table->levels.end()) continue;
            for (std::size_t k = 0; k < found->second.size(); ++k)
                level[start + k] = std::max(level[start + k], found->second[k]);
        }
    }
    // level[k + 1] lies between the word's letters k - 1 and k.
    for (std::size_t k = table->leftMin; k + table->rightMin <= n; ++k) {
        if ((level[k + 1] - '0') % 2 == 1) points[k] = true;
    }
    return points;
}

}  // namespace banmian::layout
