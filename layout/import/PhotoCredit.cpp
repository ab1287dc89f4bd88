#include "layout/import/PhotoCredit.h"

#include <array>
#include <vector>

#include "layout/base/Utf8.h"

namespace banmian::layout {
namespace {

constexpr std::string_view kIdeographicSpace = "\u3000";

// A credit is a line of a few words; a sentence that happens to end in 摄 is a caption.
constexpr std::size_t kMaxCreditCharacters = 30;

bool startsWithAny(std::string_view text, std::initializer_list<std::string_view> prefixes) {
    for (std::string_view p : prefixes) {
        if (text.starts_with(p)) return true;
    }
    return false;
}

bool endsWithAny(std::string_view text, std::initializer_list<std::string_view> suffixes) {
    for (std::string_view s : suffixes) {
        if (text.ends_with(s)) return true;
    }
    return false;
}

// The credit inside one pair of brackets that enclose the whole line: "（张三 摄）" → "张三 摄".
std::string_view unbracketed(std::string_view text) {
    for (auto [open, close] :
         std::array<std::pair<std::string_view, std::string_view>, 2>{{{"（", "）"}, {"(", ")"}}}) {
        if (text.size() > open.size() + close.size() && text.starts_with(open) &&
            text.ends_with(close)) {
            return trimSpace(text.substr(open.size(), text.size() - open.size() - close.size()));
        }
    }
    return text;
}

// The first word (up to a space) names a role: 记者, 本报记者, 新华社记者, 通讯员, 实习生,
// 摄影记者 — the words a credit begins with.
bool beginsWithRole(std::string_view text) {
    const std::size_t space = text.find_first_of(" \t");
    std::string_view first = text.substr(0, space);
    if (const std::size_t wide = first.find(kIdeographicSpace); wide != std::string_view::npos)
        first = first.substr(0, wide);
    // A role with who it works for is a few characters: 新华社记者, 本报特约记者.
    constexpr std::size_t kLongestRole = 8;
    if (utf8::longerThan(first, kLongestRole)) return false;
    return endsWithAny(first, {"记者", "通讯员", "实习生", "摄影"}) ||
           startsWithAny(text, {"记者", "通讯员", "实习生"});
}

// Names as a file lists them ("张三、李四", "张三;李四", "张三，李四") in the printed form: one
// space between them.
std::string joinedNames(std::string_view names) {
    std::vector<std::string> parts;
    std::string current;
    auto flush = [&] {
        const std::string_view name = trimSpace(current);
        if (!name.empty()) parts.emplace_back(name);
        current.clear();
    };
    for (std::size_t i = 0; i < names.size();) {
        bool separator = false;
        for (std::string_view s : {"、", "，", "；", ",", ";", "/"}) {
            if (names.substr(i).starts_with(s)) {
                flush();
                i += s.size();
                separator = true;
                break;
            }
        }
        if (!separator) current += names[i++];
    }
    flush();
    std::string joined;
    for (const std::string& name : parts) joined += (joined.empty() ? "" : " ") + name;
    return joined;
}

}  // namespace

std::string_view trimSpace(std::string_view text) {
    for (;;) {
        const std::size_t before = text.size();
        while (!text.empty() &&
               (text.front() == ' ' || text.front() == '\t' || text.front() == '\r' ||
                text.front() == '\n' || text.front() == '\0'))
            text.remove_prefix(1);
        while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' ||
                                 text.back() == '\n' || text.back() == '\0'))
            text.remove_suffix(1);
        if (text.starts_with(kIdeographicSpace)) text.remove_prefix(kIdeographicSpace.size());
        if (text.ends_with(kIdeographicSpace)) text.remove_suffix(kIdeographicSpace.size());
        if (text.size() == before) return text;
    }
}

bool looksLikePhotoCredit(std::string_view line) {
    const std::string_view text = unbracketed(trimSpace(line));
    if (text.empty() || utf8::longerThan(text, kMaxCreditCharacters)) return false;
    // A caption is sentences, with commas and full stops; a credit has neither.
    for (std::string_view mark : {"。", "！", "？", "；", "，"}) {
        if (text.find(mark) != std::string_view::npos) return false;
    }
    if (startsWithAny(text, {"图/", "图／", "图：", "图:", "图片/", "图片：", "摄影：",
                             "摄影:", "摄影/"}))
        return true;
    // "……拍摄" ends a caption's sentence ("这是5月1日拍摄"); "张三 摄" ends a credit.
    if (text.ends_with("摄") && !text.ends_with("拍摄")) return true;
    if (endsWithAny(text, {"供图", "提供", "社发"})) return true;
    return beginsWithRole(text);
}

std::string photoCredit(std::string_view names, std::string_view agency) {
    const std::string_view given = unbracketed(trimSpace(names));
    const std::string_view source = trimSpace(agency);
    if (given.empty()) return std::string(source);
    if (looksLikePhotoCredit(given)) {
        // Printed form already, or a role to which only the verb is missing.
        if (given.ends_with("摄") || endsWithAny(given, {"供图", "提供", "社发"}) ||
            startsWithAny(given, {"图/", "图／", "图：", "图:", "图片/", "图片：", "摄影：",
                                  "摄影:", "摄影/"}))
            return std::string(given);
        return std::string(given) + " 摄";
    }
    const std::string people = joinedNames(given);
    if (source.empty() || source == given) return people + " 摄";
    // A staff photographer's agency names the role; another source sent the photo (发), the
    // photographer's credit in brackets after it, as Xinhua's distributed photos are printed.
    if (endsWithAny(source, {"记者", "通讯员"})) return std::string(source) + " " + people + " 摄";
    if (source == "本报") return "本报记者 " + people + " 摄";
    return std::string(source) + "发（" + people + " 摄）";
}

std::pair<std::string, std::string> splitTrailingCredit(std::string_view caption) {
    const std::string_view text = trimSpace(caption);
    // "…游玩。（新华社记者 张三 摄）": the last bracketed part, when it is a credit.
    for (auto [open, close] :
         std::array<std::pair<std::string_view, std::string_view>, 2>{{{"（", "）"}, {"(", ")"}}}) {
        if (!text.ends_with(close)) continue;
        const std::size_t at = text.rfind(open);
        if (at == std::string_view::npos || at == 0) continue;
        const std::string_view inside = text.substr(at);
        if (looksLikePhotoCredit(inside))
            return {std::string(trimSpace(text.substr(0, at))), photoCredit(inside)};
    }
    // "…游玩。张三 摄": what follows the last sentence's end, when it is a credit.
    std::size_t end = std::string_view::npos;
    for (std::string_view stop : {"。", "！", "？"}) {
        const std::size_t at = text.rfind(stop);
        if (at != std::string_view::npos && (end == std::string_view::npos || at > end))
            end = at + stop.size();
    }
    if (end != std::string_view::npos && end < text.size()) {
        const std::string_view tail = trimSpace(text.substr(end));
        if (looksLikePhotoCredit(tail))
            return {std::string(text.substr(0, end)), photoCredit(tail)};
    }
    return {std::string(text), {}};
}

}  // namespace banmian::layout
