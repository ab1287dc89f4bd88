#include "layout/text/Hyphenator.h"

#include <hyphen.h>

#include <cctype>
#include <cstdlib>
#include <string>

namespace banmian::layout {

Hyphenator::Hyphenator(const char* dictionary) : m_path(dictionary) {}

_HyphenDict* Hyphenator::dictionary() const {
    if (!m_loaded) {
        m_dictionary = hnj_hyphen_load(m_path);
        m_loaded = true;
    }
    return m_dictionary;
}

Hyphenator::~Hyphenator() {
    if (m_dictionary) hnj_hyphen_free(m_dictionary);
}

std::vector<bool> Hyphenator::breakPoints(std::string_view word) const {
    const std::size_t n = word.size();
    std::vector<bool> points(n, false);
    if (n < 4) return points;
    bool allCapitals = true;
    for (char c : word) allCapitals = allCapitals && std::isupper(static_cast<unsigned char>(c));
    if (allCapitals) return points;  // an acronym is not hyphenated

    // A capital after a small letter starts a new part of a compound name: Sense|Chat, Intern|LM.
    for (std::size_t i = 2; i + 1 < n; ++i) {
        points[i] = std::islower(static_cast<unsigned char>(word[i - 1])) &&
                    std::isupper(static_cast<unsigned char>(word[i]));
    }
    if (!dictionary()) return points;

    std::string lower(word);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::vector<char> hyphens(n + 5, '0');
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    if (hnj_hyphen_hyphenate2(m_dictionary, lower.c_str(), static_cast<int>(n), hyphens.data(),
                              nullptr, &rep, &pos, &cut) == 0) {
        // hyphens[i] odd: a break after letter i, that is before letter i + 1.
        for (std::size_t i = 1; i + 2 < n; ++i) {
            if (hyphens[i] & 1) points[i + 1] = points[i + 1] || i + 1 >= 2;
        }
    }
    if (rep) {
        for (std::size_t i = 0; i < n; ++i) std::free(rep[i]);
        std::free(rep);
    }
    std::free(pos);
    std::free(cut);
    return points;
}

}  // namespace banmian::layout
