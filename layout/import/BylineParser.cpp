#include "layout/import/BylineParser.h"

#include <array>

#include "layout/base/CharClass.h"
#include "layout/base/Utf8.h"
#include "layout/import/SourceLines.h"

namespace banmian::layout {
namespace {

// The decorative marks papers print before a credit line (□ U+25A1 is the commonest).
constexpr std::u32string_view kMarkers = U"□■◇◆○●◎☆★▲△▼▽◉◈";

// Longest first, so that 本报记者 wins over 记者. Roles ending in '/' are only roles with the
// slash.
constexpr std::array<std::string_view, 33> kRoles = {
        "本报特约记者", "本报首席记者", "本报见习记者", "本报实习记者", "新华社记者", "融媒体记者",
        "特约通讯员",   "本报记者",     "本报通讯员",   "特约记者",     "首席记者",   "见习记者",
        "实习记者",     "摄影记者",     "责任编辑",     "记者",         "通讯员",     "实习生",
        "摄影",         "撰稿",         "撰文",         "供稿",         "整理",       "编译",
        "编辑",         "责编",         "美编",         "校对",         "作者",       "文/图",
        "文/",          "图/",          "摄/"};

// The same roles as Taiwan and Hong Kong papers print them (記者, 通訊員 …), longest first. No
// simplified role is a prefix of a traditional one, so the two lists are tried one after the
// other.
constexpr std::array<std::string_view, 21> kTraditionalRoles = {
        "本報特約記者", "本報首席記者", "本報實習記者", "中央社記者", "新華社記者", "特約通訊員",
        "本報記者",     "本報通訊員",   "特約記者",     "首席記者",   "實習記者",   "攝影記者",
        "責任編輯",     "記者",         "通訊員",       "實習生",     "攝影",       "編輯",
        "編譯",         "責編",         "校對"};

constexpr std::size_t kMaxCreditLineChars = 40;
// Han names are two to four characters (欧阳娜娜); names with a middle dot (阿不都·热合曼) and
// Latin names run longer.
constexpr std::size_t kMaxHanNameChars = 4;
constexpr std::size_t kMaxOtherNameChars = 16;

// A role at the start of `token`; "" when there is none.
std::string_view matchRole(std::string_view token) {
    for (std::string_view role : kRoles) {
        if (token.starts_with(role)) return role;
    }
    for (std::string_view role : kTraditionalRoles) {
        if (token.starts_with(role)) return role;
    }
    return {};
}

bool isNameChar(char32_t c) {
    return isHan(c) || isLatinLetter(c) || c == U'·' || c == U'•' || c == U'.' || c == U'-';
}

bool hasOnlyHan(std::string_view name) {
    for (std::size_t pos = 0; pos < name.size();) {
        if (!isHan(utf8::next(name, pos))) return false;
    }
    return true;
}

enum class NameFit { Good, RunTogether, NotAName };

NameFit fitAsName(std::string_view name) {
    const std::size_t length = utf8::length(name);
    for (std::size_t pos = 0; pos < name.size();) {
        if (!isNameChar(utf8::next(name, pos))) return NameFit::NotAName;
    }
    if (hasOnlyHan(name)) {
        if (length < 2) return NameFit::NotAName;
        return length <= kMaxHanNameChars ? NameFit::Good : NameFit::RunTogether;
    }
    return length <= kMaxOtherNameChars ? NameFit::Good : NameFit::NotAName;
}

// Splits at white space and at the marks that separate names: 、，, ;
std::vector<std::string> tokenize(std::string_view line) {
    std::vector<std::string> tokens;
    std::string current;
    for (std::size_t pos = 0; pos < line.size();) {
        const std::size_t start = pos;
        const char32_t c = utf8::next(line, pos);
        if (isWhiteSpace(c) || c == U'、' || c == U'，' || c == U',' || c == U'；' || c == U';') {
            if (!current.empty()) tokens.push_back(std::move(current));
            current.clear();
        } else if (c == U'／' || c == U'∕') {
            current += '/';
        } else {
            current.append(line.substr(start, pos - start));
        }
    }
    if (!current.empty()) tokens.push_back(std::move(current));
    return tokens;
}

std::string_view stripMarkers(std::string_view line, bool& hadMarker) {
    hadMarker = false;
    std::size_t pos = 0;
    while (pos < line.size()) {
        std::size_t next = pos;
        const char32_t c = utf8::next(line, next);
        if (kMarkers.find(c) == std::u32string_view::npos && !isWhiteSpace(c)) break;
        hadMarker = hadMarker || kMarkers.find(c) != std::u32string_view::npos;
        pos = next;
    }
    return line.substr(pos);
}

}  // namespace

std::optional<ParsedBylines> parseBylineLine(std::string_view line) {
    bool hadMarker = false;
    const std::string_view body = stripMarkers(line, hadMarker);
    if (body.empty() || utf8::longerThan(body, kMaxCreditLineChars)) return std::nullopt;
    // A sentence is not a credit line, however it starts (记者了解到，……).
    for (std::size_t pos = 0; pos < body.size();) {
        const char32_t c = utf8::next(body, pos);
        if (isSentenceEnd(c) || c == U'：' || c == U':' || isOpeningMark(c)) return std::nullopt;
    }

    ParsedBylines parsed;
    for (std::string token : tokenize(body)) {
        const std::string_view role = matchRole(token);
        if (!role.empty()) {
            std::string_view printed = role;
            if (printed.ends_with('/')) printed.remove_suffix(1);
            parsed.bylines.push_back({std::string(printed), {}});
            token.erase(0, role.size());
            if (!token.empty() && token.front() == '/') token.erase(0, 1);
            if (token.empty()) continue;
        }
        if (parsed.bylines.empty()) {
            if (!hadMarker) return std::nullopt;  // no role and no marker: not a credit line
            parsed.bylines.push_back({"", {}});
            parsed.doubts.push_back("credit line without a role (记者, 通讯员 …)");
        }
        const NameFit fit = fitAsName(token);
        if (fit != NameFit::Good && !hadMarker) return std::nullopt;
        if (fit == NameFit::NotAName) {
            parsed.doubts.push_back("“" + token + "” does not look like a name");
        } else if (fit == NameFit::RunTogether) {
            parsed.doubts.push_back("“" + token +
                                    "” may be several names run together; "
                                    "put spaces between the names");
        }
        parsed.bylines.back().names.push_back(std::move(token));
    }
    if (parsed.bylines.empty()) return std::nullopt;
    for (const Byline& byline : parsed.bylines) {
        if (byline.names.empty()) {
            if (!hadMarker) return std::nullopt;
            parsed.doubts.push_back("the role “" + byline.role + "” names nobody");
        }
    }
    return parsed;
}

}  // namespace banmian::layout
