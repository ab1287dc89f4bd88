#include "layout/proof/ProofHints.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

#include "layout/base/CharClass.h"
#include "layout/base/Utf8.h"
#include "layout/text/Words.h"

namespace banmian::layout {
namespace {

constexpr const char* kUnbalancedBracket = "unbalanced-bracket";
constexpr const char* kHalfwidthPunctuation = "halfwidth-punctuation";
constexpr const char* kDoubledCharacter = "doubled-character";
constexpr const char* kLatinWidth = "latin-width";
constexpr const char* kKnownMistake = "known-mistake";

// ---- A text as characters: every check looks at neighbours, so each text is decoded once.

/// One character of a text, and where its bytes are.
struct Char {
    char32_t c;
    std::size_t begin, end;
};
using Chars = std::vector<Char>;

Chars decode(std::string_view text) {
    Chars chars;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t begin = pos;
        const char32_t c = utf8::next(text, pos);
        chars.push_back({c, begin, pos});
    }
    return chars;
}

/// What a check found in one text: the characters [first, last) and the suggested text.
struct Finding {
    std::size_t first, last;
    std::string suggestion;
    const char* rule;
};

char32_t charBefore(const Chars& chars, std::size_t i) {
    return i > 0 ? chars[i - 1].c : 0;
}

char32_t charAfter(const Chars& chars, std::size_t i) {
    return i + 1 < chars.size() ? chars[i + 1].c : 0;
}

bool isSpace(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\u3000' || c == U'\u00A0';
}

bool isAsciiLetter(char32_t c) {
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

/// The nearest character before (after) index i that is not a space, 0 when there is none: what a
/// mark stands against in the sentence, whether spaces were typed around it or not.
char32_t visibleBefore(const Chars& chars, std::size_t i) {
    while (i > 0) {
        if (!isSpace(chars[--i].c)) return chars[i].c;
    }
    return 0;
}

char32_t visibleAfter(const Chars& chars, std::size_t i) {
    while (++i < chars.size()) {
        if (!isSpace(chars[i].c)) return chars[i].c;
    }
    return 0;
}

/// Whether the characters [first, last) are written next to an ideograph: Chinese text.
bool besideHan(const Chars& chars, std::size_t first, std::size_t last) {
    return isHan(visibleBefore(chars, first)) || isHan(visibleAfter(chars, last - 1));
}

std::string encode(std::u32string_view text) {
    std::string out;
    for (char32_t c : text) utf8::append(out, c);
    return out;
}

std::string encode(const Chars& chars, std::size_t first, std::size_t last) {
    std::string out;
    for (std::size_t i = first; i < last; ++i) utf8::append(out, chars[i].c);
    return out;
}

// ---- unbalanced-bracket
//
// Quotation marks and brackets come in pairs (GB/T 15834-2011 4.8 引号, 4.9 括号, 4.15 书名号); one
// without its partner, or pairs crossing (“《…”》), is a keying fault a reader trips over and the
// line breaker cannot set right. Only the lone mark is flagged: where its partner belongs is for
// the proofreader to say, so there is no suggestion.

/// The paired marks. The ASCII parentheses pair with the full-width ones: which width a
/// parenthesis should be is the halfwidth rule's business, not this one's.
enum class Pair { DoubleQuote, SingleQuote, Book, Angle, Paren, Lenticular, Corner, WhiteCorner };

struct PairedMark {
    Pair pair;
    bool opens;
};

std::optional<PairedMark> pairedMark(char32_t c) {
    switch (c) {
        case U'“':
            return PairedMark{Pair::DoubleQuote, true};
        case U'”':
            return PairedMark{Pair::DoubleQuote, false};
        case U'‘':
            return PairedMark{Pair::SingleQuote, true};
        case U'’':
            return PairedMark{Pair::SingleQuote, false};
        case U'《':
            return PairedMark{Pair::Book, true};
        case U'》':
            return PairedMark{Pair::Book, false};
        case U'〈':
            return PairedMark{Pair::Angle, true};
        case U'〉':
            return PairedMark{Pair::Angle, false};
        case U'（':
        case U'(':
            return PairedMark{Pair::Paren, true};
        case U'）':
        case U')':
            return PairedMark{Pair::Paren, false};
        case U'【':
            return PairedMark{Pair::Lenticular, true};
        case U'】':
            return PairedMark{Pair::Lenticular, false};
        case U'「':
            return PairedMark{Pair::Corner, true};
        case U'」':
            return PairedMark{Pair::Corner, false};
        case U'『':
            return PairedMark{Pair::WhiteCorner, true};
        case U'』':
            return PairedMark{Pair::WhiteCorner, false};
        default:
            return std::nullopt;
    }
}

/// A mark waiting for its partner: which of the texts checked together it is in, and where.
struct OpenMark {
    Pair pair;
    std::size_t text, index;
};

/// A finding in one of several texts checked together.
struct Located {
    std::size_t text;
    Finding finding;
};

/// Whether the ’ at i is an apostrophe (Xi’an, don’t, the students’) rather than a closing quote.
bool isApostrophe(const Chars& chars, std::size_t i, bool singleQuoteOpen) {
    return isLatinLetter(charBefore(chars, i)) &&
           (isLatinLetter(charAfter(chars, i)) || !singleQuoteOpen);
}

/// Whether the closing parenthesis at i ends a list number, as in 1） a) 二): a mark that has no
/// partner by design.
bool closesListNumber(const Chars& chars, std::size_t i) {
    std::size_t start = i;
    while (start > 0 && i - start < 2 &&
           (isDigit(chars[start - 1].c) || isLatinLetter(chars[start - 1].c) ||
            oneOf(chars[start - 1].c, U"一二三四五六七八九十"))) {
        --start;
    }
    if (start == i) return false;
    const char32_t c = charBefore(chars, start);
    return c == 0 || isSpace(c) || isPauseMark(c) || isSentenceEnd(c);
}

/// The lone and mis-nested paired marks of texts read one after another (a story's paragraphs).
/// A quotation running over several paragraphs opens each paragraph with “ and closes only at
/// the end of the last (GB/T 15834-2011 4.8 引号; clreq 3.1.6): so a “ still open at the end of a
/// paragraph stays open when the next paragraph opens with “, and that “ continues it. When such
/// a quotation never closes, its latest “ is flagged, nearest to where the ” is missing. Every
/// other mark closes in its own paragraph.
std::vector<Located> bracketFaults(const std::vector<Chars>& texts) {
    std::vector<Located> found;
    std::vector<OpenMark> open;
    const auto flag = [&found](std::size_t text, std::size_t index) {
        found.push_back({text, {index, index + 1, "", kUnbalancedBracket}});
    };
    for (std::size_t t = 0; t < texts.size(); ++t) {
        const Chars& chars = texts[t];
        std::size_t i = 0;
        if (!open.empty()) {  // the quotation carried over: this paragraph's “ is its mark now
            open.back() = {Pair::DoubleQuote, t, 0};
            i = 1;
        }
        for (; i < chars.size(); ++i) {
            const auto mark = pairedMark(chars[i].c);
            if (!mark) continue;
            if (mark->opens) {
                open.push_back({mark->pair, t, i});
                continue;
            }
            const auto partner = std::find_if(open.rbegin(), open.rend(), [&](const OpenMark& m) {
                return m.pair == mark->pair;
            });
            if (chars[i].c == U'’' && isApostrophe(chars, i, partner != open.rend())) continue;
            if (partner == open.rend()) {
                if (!(mark->pair == Pair::Paren && closesListNumber(chars, i))) flag(t, i);
                continue;
            }
            // Marks opened inside the pair and still open are mis-nested: each is flagged.
            for (auto inner = open.rbegin(); inner != partner; ++inner) {
                flag(inner->text, inner->index);
            }
            open.erase(std::prev(partner.base()), open.end());
        }
        const bool nextContinues =
                t + 1 < texts.size() && !texts[t + 1].empty() && texts[t + 1][0].c == U'“';
        while (!open.empty() &&
               !(nextContinues && open.size() == 1 && open[0].pair == Pair::DoubleQuote)) {
            flag(open.back().text, open.back().index);
            open.pop_back();
        }
    }
    return found;
}

// ---- halfwidth-punctuation
//
// Chinese text takes full-width punctuation (GB/T 15834-2011 5.1): ，。；：？！（）“”‘’ each take
// a full em, where the half-width , . ; : sit cramped against the ideographs and the straight
// quotes have no direction — the sign of copy typed with the input method in English mode. A mark
// is in Chinese text when an ideograph stands on either side of it (spaces aside); a parenthesis
// or straight quote also when its partner is (书生浦语(InternLM)”). Not faults: marks between
// digits (3.5, 10:30, 1,000), list numbers (1.), abbreviations (U.S.), apostrophes (Xi'an), web
// and e-mail addresses, and anything inside an English phrase, where no ideograph is next to it.

constexpr std::u32string_view kHalfwidthMarks = U",.;:?!()\"'";

char32_t fullwidthOf(char32_t c) {
    switch (c) {
        case U',':
            return U'，';
        case U'.':
            return U'。';
        case U';':
            return U'；';
        case U':':
            return U'：';
        case U'?':
            return U'？';
        case U'!':
            return U'！';
        case U'(':
            return U'（';
        case U')':
            return U'）';
        default:
            return c;
    }
}

bool isAsciiGraphic(char32_t c) {
    return c > U' ' && c < 0x7F;
}

/// Whether a run of ASCII characters is a web or e-mail address (https://…, www.…, name@host.cn).
bool isAddress(std::u32string_view run) {
    if (run.find(U"://") != std::u32string_view::npos) return true;
    if (run.starts_with(U"www.") || run.starts_with(U"WWW.")) return true;
    const std::size_t at = run.find(U'@');
    return at != std::u32string_view::npos && at > 0 &&
           run.find(U'.', at) != std::u32string_view::npos;
}

/// Which characters belong to a web or e-mail address: their dots and colons are not punctuation.
/// A sentence's mark right after an address is not part of it.
std::vector<bool> addressCharacters(const Chars& chars) {
    std::vector<bool> address(chars.size(), false);
    for (std::size_t i = 0; i < chars.size();) {
        std::size_t end = i;
        std::u32string run;
        while (end < chars.size() && isAsciiGraphic(chars[end].c)) run += chars[end++].c;
        if (run.empty()) {
            ++i;
            continue;
        }
        if (isAddress(run)) {
            const bool hasParen = run.find(U'(') != std::u32string::npos;
            std::size_t last = end;
            while (last > i && (oneOf(chars[last - 1].c, U".,;:!?'\"") ||
                                (chars[last - 1].c == U')' && !hasParen))) {
                --last;
            }
            std::fill(address.begin() + static_cast<std::ptrdiff_t>(i),
                      address.begin() + static_cast<std::ptrdiff_t>(last), true);
        }
        i = end;
    }
    return address;
}

/// Whether the '.' at i ends a list number at the start of a text or clause (1. 12.).
bool endsListNumber(const Chars& chars, std::size_t i) {
    std::size_t start = i;
    while (start > 0 && i - start < 2 && isDigit(chars[start - 1].c)) --start;
    if (start == i || isDigit(charBefore(chars, start)) || isDigit(charAfter(chars, i))) {
        return false;
    }
    const char32_t c = charBefore(chars, start);
    return c == 0 || isSpace(c) || isPauseMark(c) || isSentenceEnd(c) || isOpeningMark(c);
}

/// Whether the '.' at i ends an abbreviation: an initial (J.) or dotted letters (U.S., e.g.).
bool endsAbbreviation(const Chars& chars, std::size_t i) {
    std::size_t start = i, letters = 0;
    bool dotted = false;
    while (start > 0 && (isAsciiLetter(chars[start - 1].c) || chars[start - 1].c == U'.')) {
        --start;
        if (chars[start].c == U'.')
            dotted = true;
        else
            ++letters;
    }
    return letters > 0 && (dotted || letters == 1);
}

/// Whether the half-width mark at i is right as it is, whatever surrounds it.
bool isRightAsItIs(const Chars& chars, std::size_t i) {
    const char32_t c = chars[i].c;
    if (oneOf(c, U".:,") && isDigit(charBefore(chars, i)) && isDigit(charAfter(chars, i))) {
        return true;  // 3.5, 10:30, 1,000
    }
    if (c == U'.' && (endsListNumber(chars, i) || endsAbbreviation(chars, i))) return true;
    if (c == U'\'' && isLatinLetter(charBefore(chars, i)) && isLatinLetter(charAfter(chars, i))) {
        return true;  // Xi'an, don't
    }
    return false;
}

/// Whether a straight quote opens: the first of each pair does, the second closes. One left
/// without a pair opens when it follows a space, an opening mark or a pause (：") rather than text.
bool opensQuote(const Chars& chars, std::size_t i, bool firstOfPair, bool paired) {
    if (paired) return firstOfPair;
    const char32_t c = charBefore(chars, i);
    return c == 0 || isSpace(c) || isOpeningMark(c) || isPauseMark(c);
}

std::vector<Finding> halfwidthPunctuation(const Chars& chars) {
    const std::vector<bool> address = addressCharacters(chars);
    std::vector<Finding> found;

    // The half-width marks that are not right as they are, and whether each is in Chinese text.
    struct Candidate {
        std::size_t index;
        bool chinese;
        std::optional<std::size_t> partner;  // index into candidates
    };
    std::vector<Candidate> candidates;
    for (std::size_t i = 0; i < chars.size(); ++i) {
        const char32_t c = chars[i].c;
        if (!oneOf(c, kHalfwidthMarks) || address[i]) continue;
        if (c == U'.' && charAfter(chars, i) == U'.') {  // "..." for the ellipsis ……
            std::size_t end = i;
            while (end < chars.size() && chars[end].c == U'.') ++end;
            if (besideHan(chars, i, end)) found.push_back({i, end, "……", kHalfwidthPunctuation});
            i = end - 1;
            continue;
        }
        if (isRightAsItIs(chars, i)) continue;
        candidates.push_back({i, besideHan(chars, i, i + 1), std::nullopt});
    }

    // Partners: parentheses by nesting, straight quotes in turn.
    std::vector<std::size_t> parens;
    std::optional<std::size_t> doubleQuote, singleQuote;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        const auto pairWith = [&](std::size_t other) {
            candidates[k].partner = other;
            candidates[other].partner = k;
        };
        const char32_t c = chars[candidates[k].index].c;
        if (c == U'(') {
            parens.push_back(k);
        } else if (c == U')' && !parens.empty()) {
            pairWith(parens.back());
            parens.pop_back();
        } else if (c == U'"' || c == U'\'') {
            std::optional<std::size_t>& pending = c == U'"' ? doubleQuote : singleQuote;
            if (pending) {
                pairWith(*pending);
                pending.reset();
            } else {
                pending = k;
            }
        }
    }

    for (std::size_t k = 0; k < candidates.size(); ++k) {
        const Candidate& mark = candidates[k];
        if (!mark.chinese && !(mark.partner && candidates[*mark.partner].chinese)) continue;
        const char32_t c = chars[mark.index].c;
        char32_t suggestion = fullwidthOf(c);
        if (c == U'"' || c == U'\'') {
            const bool opens = opensQuote(chars, mark.index, mark.partner && *mark.partner > k,
                                          mark.partner.has_value());
            suggestion = c == U'"' ? (opens ? U'“' : U'”') : (opens ? U'‘' : U'’');
        }
        found.push_back(
                {mark.index, mark.index + 1, encode({&suggestion, 1}), kHalfwidthPunctuation});
    }
    return found;
}

// ---- doubled-character
//
// A character keyed twice is a common fault, but Chinese doubles characters on purpose all the
// time: 常常 人人 看看 渐渐 天天 往往 纷纷 (AA words), 干干净净 的的确确 (AABB), 一个个
// (classifiers). A rule that flags every AA would bury the proofreader in false alarms, so this one
// looks only where doubling is practically never meant:
//  - the pause and stop marks ，，、、。。；；：： (not ？？ or ！！, which GB/T 15834-2011 4.2.3
//    and 4.3.3 allow for emphasis);
//  - function words that are not reduplicated (的的 了了 是是 在在 …) — except where one of the two
//    belongs to a neighbouring word: 为了|了解, 现在|在, 目的|的, 参与|与否, each listed below —
//    and not inside an AABB word (的的确确, 是是非非);
//  - an English article, preposition or conjunction twice ("the the").
//  - 们 twice (他们们), and a pronoun keyed twice before 们 (我我们): never meant;
//  - a measure word twice after a numeral or a demonstrative, where what follows the pair is a
//    word of its own in ICU's dictionary, so the second has nothing to join: 首个个人工智能
//    (人工智能), but not 首个个人养老金账户 (个人 养老金), 一个个 (one by one), 这家家具店.

constexpr std::u32string_view kDoubledMarks = U"，、。；：";

/// A function word, and the characters that make a word with it where it is doubled by right:
/// `before` the pair, with its first character (目的|的); `after` the pair, with its second
/// (的|的确).
struct FunctionWord {
    char32_t c;
    std::u32string_view before, after;
};

constexpr FunctionWord kFunctionWords[] = {
        {U'的', U"目标有别似端", U"确士"},
        {U'了', U"不甚为除罢算到", U"解结然如却得不断悟无事"},
        {U'是', U"但可要若凡于还总老硬倒只", U"否非"},
        {U'在', U"现存实所自好不内外潜旨意志正", U"乎于"},
        {U'和', U"温总缓平柔暖调饱祥谦融中议讲共附应", U"谐平气睦蔼善煦解好美"},
        {U'与', U"参给赋授赠寄施准", U"否会其日"},
        {U'及', U"以涉普危波顾企不", U"时早格至第"},
        {U'对', U"一面针相绝反核比校应配作派敌成",
         U"手方象话策照比外于待接标口联应称抗立峙决错齐付岸面号准症视弈白碰"},
        {U'将', U"即行必终", U"军领士来近要"},
        {U'把', U"一火门车", U"关握手持柄控戏脉"},
        {U'被', U"棉", U"告子褥"},
        {U'从', U"服听盲顺跟随自侍仆", U"事中而前来此容头严小未不"},
        {U'而', U"然从进因反继转幸故既时忽为", U"且已后今言是立外"},
        {U'并', U"合兼吞归一", U"且非列存购入发肩重行轨用举"},
        {U'于', U"对由等属关至终善敢勇过鉴基急处位忠乐便易难", U"是今心事"},
        {U'之', U"总换言久随加兼反", U"乎"},
        {U'其', U"尤极与何及莫不若耳", U"他中实次余它间后"},
};

const FunctionWord* functionWord(char32_t c) {
    for (const FunctionWord& word : kFunctionWords) {
        if (word.c == c) return &word;
    }
    return nullptr;
}

/// Whether chars[i] and chars[i + 1] are the same ideograph.
bool doubledHan(const Chars& chars, std::size_t i) {
    return i + 1 < chars.size() && chars[i].c == chars[i + 1].c && isHan(chars[i].c);
}

/// Whether the function word doubled at i, i + 1 is keyed twice rather than meant.
bool isDoubledFunctionWord(const Chars& chars, std::size_t i) {
    const FunctionWord* word = functionWord(chars[i].c);
    if (!word || !doubledHan(chars, i)) return false;
    if (doubledHan(chars, i + 2) || (i >= 2 && doubledHan(chars, i - 2))) return false;  // AABB
    const char32_t before = charBefore(chars, i), after = charAfter(chars, i + 1);
    return !(before && oneOf(before, word->before)) && !(after && oneOf(after, word->after));
}

constexpr std::string_view kDoubledWords[] = {"a",  "an", "the", "of",   "to",   "in",  "on",
                                              "at", "by", "for", "from", "with", "and", "or"};

/// The English word of ASCII letters starting at i, lower-cased, and where it ends.
std::pair<std::string, std::size_t> latinWord(const Chars& chars, std::size_t i) {
    std::string word;
    for (; i < chars.size() && isAsciiLetter(chars[i].c); ++i) {
        word += static_cast<char>(chars[i].c | 0x20);
    }
    return {word, i};
}

/// "the the": a short English word that is never doubled, twice with spaces between.
std::optional<Finding> doubledLatinWord(const Chars& chars, std::size_t i) {
    if (!isAsciiLetter(chars[i].c) || isAsciiLetter(charBefore(chars, i))) return std::nullopt;
    const auto [word, end] = latinWord(chars, i);
    if (std::find(std::begin(kDoubledWords), std::end(kDoubledWords), word) ==
        std::end(kDoubledWords)) {
        return std::nullopt;
    }
    std::size_t next = end;
    while (next < chars.size() && chars[next].c == U' ') ++next;
    if (next == end) return std::nullopt;
    const auto [again, againEnd] = latinWord(chars, next);
    if (again != word) return std::nullopt;
    return Finding{i, againEnd, encode(chars, i, end), kDoubledCharacter};
}

constexpr std::u32string_view kPluralPronouns = U"我你他她它咱";
// Measure words that stand after a numeral or a demonstrative, and the characters before one
// that make it so (一 is not among them: 一个个, 一位位 are meant, one after another).
constexpr std::u32string_view kMeasureWords = U"个位名项家条次件座所张台辆场批架支只种类份届";
constexpr std::u32string_view kCounting =
        U"首每各某这那哪该此两几二三四五六七八九十百千万0123456789０１２３４５６７８９";

/// Whether 们 or a pronoun before 们 is keyed twice at i, i + 1: 他们们, 我我们.
bool isDoubledPlural(const Chars& chars, std::size_t i) {
    if (!doubledHan(chars, i)) return false;
    const char32_t c = chars[i].c;
    return c == U'们' || (oneOf(c, kPluralPronouns) && charAfter(chars, i + 1) == U'们');
}

/// Whether the measure word doubled at i, i + 1 after a numeral or demonstrative leaves its
/// second with nothing to join: the text after the pair starts a dictionary word of two
/// characters or more.
bool isDoubledMeasureWord(const Chars& chars, std::size_t i) {
    if (!doubledHan(chars, i) || !oneOf(chars[i].c, kMeasureWords)) return false;
    if (!oneOf(charBefore(chars, i), kCounting)) return false;
    std::u32string after;
    for (std::size_t j = i + 2; j < chars.size() && j < i + 2 + 8; ++j) after += chars[j].c;
    const std::string rest = encode(after);
    if (rest.empty()) return false;
    const auto [begin, end] = wordAt(rest, 0);
    return begin == 0 && utf8::length(std::string_view(rest).substr(0, end)) >= 2 &&
           isHan(chars[i + 2].c);
}

std::vector<Finding> doubledCharacters(const Chars& chars) {
    std::vector<Finding> found;
    for (std::size_t i = 0; i < chars.size(); ++i) {
        const char32_t c = chars[i].c;
        if (oneOf(c, kDoubledMarks) && charAfter(chars, i) == c) {
            std::size_t end = i;
            while (end < chars.size() && chars[end].c == c) ++end;
            found.push_back({i, end, encode(chars, i, i + 1), kDoubledCharacter});
            i = end - 1;
        } else if (isDoubledFunctionWord(chars, i) || isDoubledPlural(chars, i) ||
                   isDoubledMeasureWord(chars, i)) {
            found.push_back({i, i + 2, encode(chars, i, i + 1), kDoubledCharacter});
            ++i;
        } else if (auto word = doubledLatinWord(chars, i)) {
            i = word->last - 1;
            found.push_back(std::move(*word));
        }
    }
    return found;
}

// ---- latin-width
//
// House style, as at most Chinese papers (and GB/T 15835-2011 for numbers), sets Latin letters
// and Arabic numerals half-width. Full-width ones (ＡＩ, ２０２３年) come from an input method left
// in full-width mode: they set a full em each, too wide and in the Chinese face. The signs that go
// with numbers go with them: ％ after a digit, ．：／＋－ between digits. One hint per run.

bool isFullwidthLatin(char32_t c) {
    return (c >= U'０' && c <= U'９') || (c >= U'Ａ' && c <= U'Ｚ') || (c >= U'ａ' && c <= U'ｚ');
}

/// Whether chars[i] is a full-width sign that goes with the number beside it.
bool isFullwidthNumberSign(const Chars& chars, std::size_t i) {
    const char32_t c = chars[i].c;
    if (c == U'％') return isDigit(charBefore(chars, i));
    return oneOf(c, U"．：／＋－") && isDigit(charBefore(chars, i)) && isDigit(charAfter(chars, i));
}

std::vector<Finding> latinWidth(const Chars& chars) {
    std::vector<Finding> found;
    const auto fullwidth = [&chars](std::size_t i) {
        return isFullwidthLatin(chars[i].c) || isFullwidthNumberSign(chars, i);
    };
    for (std::size_t i = 0; i < chars.size(); ++i) {
        if (!fullwidth(i)) continue;
        std::size_t end = i;
        std::u32string halfwidth;
        for (; end < chars.size() && fullwidth(end); ++end) {
            halfwidth += static_cast<char32_t>(chars[end].c - (U'Ａ' - U'A'));  // they mirror ASCII
        }
        found.push_back({i, end, encode(halfwidth), kLatinWidth});
        i = end - 1;
    }
    return found;
}

// ---- Hints

/// The checks that look at one text at a time.
std::vector<Finding> textFaults(const Chars& chars) {
    std::vector<Finding> found = halfwidthPunctuation(chars);
    for (auto* check : {&doubledCharacters, &latinWidth}) {
        std::vector<Finding> more = check(chars);
        found.insert(found.end(), std::make_move_iterator(more.begin()),
                     std::make_move_iterator(more.end()));
    }
    return found;
}

ProofMark hint(TextPlace where, std::string_view text, const Chars& chars, const Finding& found) {
    ProofMark mark;
    mark.kind = MarkKind::Hint;
    where.offset = chars[found.first].begin;
    mark.range = {where, where};
    mark.range.end.offset = chars[found.last - 1].end;
    mark.text = std::string(
            text.substr(mark.range.begin.offset, mark.range.end.offset - mark.range.begin.offset));
    mark.correction = found.suggestion;
    mark.rule = found.rule;
    mark.author = "auto";
    mark.status = MarkStatus::Open;
    mark.id = "hint-" + where.story + "-" + toString(where.field) + "-" +
              std::to_string(where.paragraph) + "-" + std::to_string(where.offset) + "-" +
              found.rule;
    return mark;
}

// ---- known-mistake
//
// A word of the list wherever it stands, unless the text there already reads its correction,
// which may hold the wrong word (a list's 截止→截止到 meets 截止到, written right).

/// The index of the character starting at byte `offset` of the text `chars` decodes.
std::size_t charAt(const Chars& chars, std::size_t offset) {
    return static_cast<std::size_t>(
            std::lower_bound(chars.begin(), chars.end(), offset,
                             [](const Char& c, std::size_t at) { return c.begin < at; }) -
            chars.begin());
}

std::vector<Finding> knownMistakes(std::string_view text, const Chars& chars,
                                   const std::vector<KnownMistake>& list) {
    std::vector<Finding> found;
    for (const KnownMistake& mistake : list) {
        const std::size_t inRight = mistake.right.find(mistake.wrong);
        for (std::size_t at = text.find(mistake.wrong); at != std::string_view::npos;
             at = text.find(mistake.wrong, at + mistake.wrong.size())) {
            if (inRight != std::string::npos && at >= inRight &&
                text.substr(at - inRight).starts_with(mistake.right)) {
                continue;
            }
            const std::size_t first = charAt(chars, at);
            const std::size_t last = charAt(chars, at + mistake.wrong.size());
            if (first < last && chars[first].begin == at)
                found.push_back({first, last, mistake.right, kKnownMistake});
        }
    }
    return found;
}

/// Every check on the texts of one field, read one after the other (one text for a head field,
/// every paragraph for the body).
void checkField(const std::string& story, StoryField field, const std::vector<std::string>& texts,
                const std::vector<KnownMistake>& list, std::vector<ProofMark>& hints) {
    std::vector<Chars> chars;
    for (const std::string& text : texts) chars.push_back(decode(text));
    const auto placeOf = [&](std::size_t text) {
        return TextPlace{story, field, field == StoryField::Body ? text : 0, 0};
    };
    for (const Located& located : bracketFaults(chars)) {
        hints.push_back(hint(placeOf(located.text), texts[located.text], chars[located.text],
                             located.finding));
    }
    for (std::size_t t = 0; t < texts.size(); ++t) {
        for (const Finding& found : textFaults(chars[t])) {
            hints.push_back(hint(placeOf(t), texts[t], chars[t], found));
        }
        for (const Finding& found : knownMistakes(texts[t], chars[t], list)) {
            hints.push_back(hint(placeOf(t), texts[t], chars[t], found));
        }
    }
}

}  // namespace

std::vector<ProofMark> findHints(const std::vector<Story>& stories,
                                 const std::vector<KnownMistake>& newsroom) {
    const std::vector<KnownMistake> list = withCommonSlips(newsroom);
    std::vector<ProofMark> hints;
    for (const Story& story : stories) {
        checkField(story.id, StoryField::Kicker, {story.kicker}, list, hints);
        checkField(story.id, StoryField::Headline, {story.headline}, list, hints);
        checkField(story.id, StoryField::Subtitle, {story.subtitle}, list, hints);
        checkField(story.id, StoryField::Body, story.paragraphs, list, hints);
    }
    std::sort(hints.begin(), hints.end(), [](const ProofMark& a, const ProofMark& b) {
        return std::tie(a.range.begin, a.range.end, a.rule) <
               std::tie(b.range.begin, b.range.end, b.rule);
    });
    return hints;
}

}  // namespace banmian::layout
