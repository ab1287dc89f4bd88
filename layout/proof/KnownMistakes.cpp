#include "layout/proof/KnownMistakes.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "layout/base/Utf8.h"

namespace banmian::layout {

namespace {

// The common slips: wrong wherever they stand, none a word in its own right or a variant a
// Taiwan or Hong Kong desk writes (部份, 渡假 are left out for that reason): slips that the
// published lists of 常见错别字 name, each checked for false alarms on the seed and the test
// days (tests/layout/proof/ProofHintsTest).
const std::vector<KnownMistake> kCommonSlips = {
        {"既使", "即使"},         {"截止目前", "截至目前"}, {"再接再励", "再接再厉"},
        {"迫不急待", "迫不及待"}, {"一愁莫展", "一筹莫展"}, {"谈笑风声", "谈笑风生"},
        {"默守成规", "墨守成规"}, {"走头无路", "走投无路"}, {"甘败下风", "甘拜下风"},
        {"按装", "安装"},         {"针贬", "针砭"},         {"震憾", "震撼"},
        {"松驰", "松弛"},         {"幅射", "辐射"},         {"寒喧", "寒暄"},
        {"家俱", "家具"},         {"国藉", "国籍"},         {"座落", "坐落"},
        {"水笼头", "水龙头"},     {"一股作气", "一鼓作气"}, {"穿流不息", "川流不息"},
        {"黄梁美梦", "黄粱美梦"}, {"世外桃园", "世外桃源"}, {"不径而走", "不胫而走"},
        {"悬梁刺骨", "悬梁刺股"}, {"出奇不意", "出其不意"}, {"美仑美奂", "美轮美奂"},
        {"仗义直言", "仗义执言"}, {"发韧", "发轫"},         {"精萃", "精粹"},
        {"痉孪", "痉挛"},         {"脉博", "脉搏"},         {"针炙", "针灸"},
        {"气慨", "气概"},         {"莫明其妙", "莫名其妙"}, {"人才倍出", "人才辈出"},
        {"额首称庆", "额手称庆"}, {"有持无恐", "有恃无恐"}, {"鼎立相助", "鼎力相助"},
        {"一诺千斤", "一诺千金"}, {"自抱自弃", "自暴自弃"}, {"不记其数", "不计其数"},
};

std::string_view trimmed(std::string_view text) {
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    while (!text.empty() && blank(text.front())) text.remove_prefix(1);
    while (!text.empty() && blank(text.back())) text.remove_suffix(1);
    // A full-width space typed around a word is no part of it either.
    constexpr std::string_view kIdeographicSpace = "\u3000";
    while (text.starts_with(kIdeographicSpace)) text.remove_prefix(kIdeographicSpace.size());
    while (text.ends_with(kIdeographicSpace)) text.remove_suffix(kIdeographicSpace.size());
    return text;
}

}  // namespace

Result<std::vector<KnownMistake>> parseKnownMistakes(std::string_view text) {
    if (const std::size_t bad = utf8::findInvalid(text); bad != std::string_view::npos) {
        return Diagnostic{utf8::lineOfOffset(text, bad),
                          "the list is not UTF-8 text (a byte at offset " + std::to_string(bad) +
                                  " is not); save it as UTF-8, one wrong→right a line"};
    }
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);  // a byte-order mark
    std::vector<KnownMistake> list;
    int number = 0;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        std::string_view line = trimmed(text.substr(0, end));
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        ++number;
        if (line.empty() || line.starts_with('#')) continue;
        std::size_t arrow = line.find("→");
        std::size_t width = std::string_view("→").size();
        if (arrow == std::string_view::npos) {
            arrow = line.find("->");
            width = 2;
        }
        if (arrow == std::string_view::npos) {
            return Diagnostic{number, "“" + std::string(line) +
                                              "” is not a known mistake: write the wrong word, "
                                              "→ (or ->), and its correction, as 徐江→徐汇"};
        }
        KnownMistake mistake{std::string(trimmed(line.substr(0, arrow))),
                             std::string(trimmed(line.substr(arrow + width)))};
        if (mistake.wrong.empty() || mistake.right.empty() || mistake.wrong == mistake.right) {
            return Diagnostic{number, "“" + std::string(line) +
                                              "” needs a wrong word and a different correction "
                                              "either side of →, as 徐江→徐汇"};
        }
        list.push_back(std::move(mistake));
    }
    return list;
}

Result<std::vector<KnownMistake>> readKnownMistakes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return Diagnostic{0, file.string() +
                                     ": cannot read the list of known mistakes (is the name "
                                     "right, and may you read it?)"};
    }
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    auto list = parseKnownMistakes(bytes);
    if (!list) {
        Diagnostic error = list.error();
        error.message = file.string() + (error.line > 0 ? ":" + std::to_string(error.line) : "") +
                        ": " + error.message;
        return error;
    }
    return list;
}

std::filesystem::path knownMistakesBeside(const std::filesystem::path& file) {
    return file.parent_path() / kKnownMistakesFile;
}

Result<std::vector<KnownMistake>> readKnownMistakesBeside(const std::filesystem::path& file) {
    const std::filesystem::path list = knownMistakesBeside(file);
    std::error_code error;
    if (!std::filesystem::exists(list, error)) return std::vector<KnownMistake>{};
    return readKnownMistakes(list);
}

const std::vector<KnownMistake>& commonSlips() {
    return kCommonSlips;
}

std::vector<KnownMistake> withCommonSlips(const std::vector<KnownMistake>& newsroom) {
    std::vector<KnownMistake> list = newsroom;
    for (const KnownMistake& slip : kCommonSlips) {
        const bool corrected =
                std::any_of(newsroom.begin(), newsroom.end(),
                            [&](const KnownMistake& m) { return m.wrong == slip.wrong; });
        if (!corrected) list.push_back(slip);
    }
    return list;
}

}  // namespace banmian::layout
