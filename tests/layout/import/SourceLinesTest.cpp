#include "layout/import/SourceLines.h"

#include <gtest/gtest.h>

namespace banmian::layout {
namespace {

std::vector<std::string> texts(const std::vector<SourceLine>& lines) {
    std::vector<std::string> out;
    for (const SourceLine& line : lines) out.push_back(line.text);
    return out;
}

TEST(SourceLines, SplitsAtEveryKindOfLineEnd) {
    std::vector<Diagnostic> warnings;
    const auto lines = splitSourceLines("一\r\n二\r三\n\n四", warnings);
    EXPECT_EQ(texts(lines), (std::vector<std::string>{"一", "二", "三", "", "四"}));
    EXPECT_EQ(lines[4].number, 5);
    EXPECT_TRUE(warnings.empty());
}

TEST(SourceLines, AFinalLineEndOpensNoLine) {
    std::vector<Diagnostic> warnings;
    EXPECT_EQ(splitSourceLines("一\n二\n", warnings).size(), 2u);
    EXPECT_EQ(splitSourceLines("一\r\n二\r\n", warnings).size(), 2u);
}

TEST(SourceLines, TrimsFullWidthAndTrailingSpacesAndFoldsInnerRuns) {
    std::vector<Diagnostic> warnings;
    const auto lines = splitSourceLines(
            "　　正文开始。  \t\n聚焦AIGC   徐汇\n“一技在手　 未来我有”", warnings);
    EXPECT_EQ(texts(lines),
              (std::vector<std::string>{"正文开始。", "聚焦AIGC 徐汇", "“一技在手　未来我有”"}));
}

TEST(SourceLines, DropsStrayControlCharactersAndSaysWhere) {
    std::vector<Diagnostic> warnings;
    const auto lines = splitSourceLines("一\n二\x01\x1B三\n", warnings);
    EXPECT_EQ(lines[1].text, "二三");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].line, 2);
}

}  // namespace
}  // namespace banmian::layout
