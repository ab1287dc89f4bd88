// The whole text pipeline with the installed fonts: shaping, fallback, composition and placement.
#include "layout/text/Typesetter.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "layout/base/Utf8.h"

namespace banmian::layout {
namespace {

class TypesetterTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_registry = new fonts::FontRegistry();
        const auto font = s_registry->forRole(fonts::FontRole::BookSong);
        ASSERT_TRUE(font) << font.error;
        s_style.font = *font.id;
    }
    static void TearDownTestSuite() { delete s_registry; }

    TypesetParagraph set(const std::string& text, LayoutUnit width) {
        return m_typesetter.typeset(text, s_style, ConstantLineWidth(width));
    }
    static std::string lineText(const std::string& text, const TypesetLine& line) {
        return text.substr(line.textBegin, line.textEnd - line.textBegin);
    }

    static inline fonts::FontRegistry* s_registry = nullptr;
    static inline ParagraphStyle s_style;
    Typesetter m_typesetter{*s_registry};
    const LayoutUnit em = s_style.size;
};

TEST_F(TypesetterTest, SetsIdeographsOnWholeEmsAfterTheIndent) {
    const std::string text = "上海市第一届职业技能大赛不久前在上海汽车会展中心顺利落下帷幕";
    const auto p = set(text, 13 * em);
    ASSERT_EQ(p.lines.size(), 3u);
    EXPECT_EQ(lineText(text, p.lines[0]), "上海市第一届职业技能大");
    const GlyphRun& run = p.lines[0].runs.at(0);
    ASSERT_EQ(run.x.size(), 11u);
    for (std::size_t i = 0; i < run.x.size(); ++i)
        EXPECT_EQ(run.x[i], 2 * em + static_cast<LayoutUnit>(i) * em);
    EXPECT_EQ(p.lines[1].baseline - p.lines[0].baseline, s_style.leading);
    EXPECT_EQ(p.height, 3 * s_style.leading);
}

TEST_F(TypesetterTest, SetsChineseMarksFullWidthAndSqueezesWhereTheyMeet) {
    const std::string text = "“一技在手”的豪气，“技能造就美好未来”。";
    const auto p = set(text, 40 * em);
    ASSERT_EQ(p.lines.size(), 1u);
    const GlyphRun& run = p.lines[0].runs.at(0);
    // “ at the line's start after the indent loses its left half; ”的: ” takes a full em.
    EXPECT_EQ(run.x[0], 2 * em - em / 2);
    EXPECT_EQ(run.x[6] - run.x[5], em);  // ” then 的
    // ，“ together take 1.5 em.
    EXPECT_EQ(run.x[11] - run.x[9], em + em / 2);
}

TEST_F(TypesetterTest, SpacesLatinAndDigitsAQuarterEmFromHan) {
    const std::string text = "共设置109个正式比赛项目";
    const auto p = set(text, 40 * em);
    const GlyphRun& run = p.lines[0].runs.at(0);
    EXPECT_EQ(run.x[3] - run.x[2], em + em / 4);  // 置 then ¼ em then 1
}

TEST_F(TypesetterTest, SetsLatinInTheFaceAStyleNames) {
    const std::string text = "聚焦AIGC大模型";
    const auto own = set(text, 40 * em);
    ASSERT_EQ(own.lines[0].runs.size(), 1u);  // the face's own Latin glyphs
    const auto serif = s_registry->forFamily("DejaVu Serif");
    ASSERT_TRUE(serif) << serif.error;
    ParagraphStyle style = s_style;
    style.latinFont = serif.id;
    const auto p = m_typesetter.typeset(text, style, ConstantLineWidth(40 * em));
    ASSERT_EQ(p.lines[0].runs.size(), 3u);
    EXPECT_EQ(p.lines[0].runs[1].font, *serif.id);
    EXPECT_EQ(p.lines[0].runs[1].glyphs.size(), 4u);  // A I G C
    EXPECT_EQ(p.lines[0].runs[2].font, s_style.font);
}

TEST_F(TypesetterTest, JustifiesEveryLineButTheLast) {
    const std::string text =
            "据记者了解，徐汇已连续五年参与承办世界人工智能大会，作为承办单位，在今年的大会上，"
            "徐汇将结合自身产业特色及优势，聚焦大模型、AIGC（生成式人工智能）领域，打造10余场重磅会"
            "议论坛。";
    for (int ems : {9, 13, 20}) {
        const auto p = set(text, ems * em);
        for (const auto& line : p.lines) {
            if (!line.last) {
                EXPECT_EQ(line.setWidth, line.width) << ems << " em: " << lineText(text, line);
            }
        }
    }
}

TEST_F(TypesetterTest, ShapesTextOnceWhateverTheWidth) {
    const std::string text = "技能人才是推动上海实现高质量发展、打造高品质生活的持续动力。";
    set(text, 13 * em);
    const std::size_t shaped = m_typesetter.shapeCache().misses();
    set(text, 9 * em);
    set(text, 20 * em);
    EXPECT_EQ(m_typesetter.shapeCache().misses(), shaped);
    EXPECT_GE(m_typesetter.shapeCache().hits(), 2u);
}

TEST_F(TypesetterTest, ReportsACharacterNoFontHas) {
    const std::string text = "缺字\U0010FFFD测试";
    const auto p = set(text, 13 * em);
    ASSERT_EQ(p.diagnostics.size(), 1u);
    const Diagnostic& missing = p.diagnostics[0];
    EXPECT_EQ(missing.kind, "missing-glyph");
    EXPECT_EQ(missing.severity, Severity::Error);  // it would print as a box
    EXPECT_EQ(missing.place.offset, 6);            // after 缺字, in bytes
    EXPECT_EQ(
            missing.message,
            "U+10FFFD (“\U0010FFFD”) has no glyph in any installed font: it would print as a box");
    EXPECT_EQ(p.lines.size(), 1u);  // and the rest is set
}

TEST_F(TypesetterTest, GivesDefinedResultsForBadInput) {
    EXPECT_TRUE(set("", 13 * em).lines.empty());
    const auto marks = set("。。。，，，！！！？？？……——", 13 * em);
    EXPECT_FALSE(marks.lines.empty());
    const auto bad = set("坏\xFF字", 13 * em);
    ASSERT_FALSE(bad.diagnostics.empty());
    EXPECT_EQ(bad.diagnostics[0].kind, "bad-text");
    EXPECT_EQ(bad.diagnostics[0].severity, Severity::Warning);  // repaired: shown as U+FFFD
    EXPECT_EQ(bad.diagnostics[0].place.offset, 3);
    EXPECT_EQ(bad.lines.size(), 1u);
    const auto narrow = set("很窄的栏", em);
    ASSERT_FALSE(narrow.diagnostics.empty());
    EXPECT_EQ(narrow.diagnostics[0].kind, "narrow-column");
    EXPECT_EQ(narrow.diagnostics[0].severity, Severity::Warning);
    EXPECT_EQ(narrow.lines.size(), 4u);
}

// News text of issue 17: Latin names, acronyms, “2+26” and numbers inside Chinese.
const std::vector<std::string> kLatinNews = {
        "2024年以来，国产大模型加速落地。继OpenAI发布GPT-4o之后，商汤科技推出SenseChat新版本，"
        "上海人工智能实验室开源的InternLM系列模型下载量突破百万次。业内人士认为，以ChatGPT为代表的"
        "生成式人工智能正在改变人们获取信息的方式，AIGC相关产业规模同比增长12.5%。",
        "记者在徐汇区走访发现，不少市民已习惯用手机上的智能助手查资料、写文案。一位年轻白领告诉记者"
        "，"
        "她每天上班前都会在iPhone上打开ChatGPT，让它帮忙整理当天的会议要点；也有家长用OpenAI的接口"
        "搭建了辅导孩子功课的小程序。详情可访问https://www.example.com/ai-news/2024/"
        "report.html查询。",
        "与此同时，监管部门也在加强规范。国家网信办此前公布的《生成式人工智能服务管理暂行办法》要求"
        "，"
        "提供服务者应当依法开展预训练、优化训练等训练数据处理活动。专家建议，企业在使用GPT-4o、"
        "SenseChat等模型时，应注意保护用户隐私，防止数据泄露。",
        "秋冬季大气污染防治攻坚战近日打响。生态环境部通报，京津冀及周边地区“2+26”城市10月份PM2.5"
        "平均浓度为48微克/立方米，同比下降12.5%；优良天数比例为63.7%，同比上升8.2个百分点。"
        "“2+26”城市中，北京、天津等城市空气质量改善明显。",
        "据介绍，今年“2+26”城市将继续推进散煤治理和清洁取暖改造，完成改造约150万户。与此同时，各地"
        "还将运用AIGC技术和卫星遥感数据，对重点污染源开展精准监测。美国航天局NASA和中央电视台CCTV"
        "均对此进行了报道。",
};

// Issue 17: ChatGPT was set as Ch-atGPT, OpenAI as Ope-nAI. At every width from 5 em to 14 em a
// line may end inside a name only between its parts, and never inside an acronym.
TEST_F(TypesetterTest, BreaksNamesOnlyBetweenTheirPartsAtEveryWidth) {
    const std::vector<std::string> allowed = {"Chat-GPT", "Open-AI", "Sense-Chat", "Intern-LM"};
    const auto isLetter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
    for (const std::string& text : kLatinNews) {
        for (LayoutUnit width = 5 * em; width <= 14 * em; width += em / 4) {
            const auto p = set(text, width);
            for (const TypesetLine& line : p.lines) {
                if (!line.hyphenated) continue;
                std::size_t a = line.textEnd, b = line.textEnd;
                while (a > line.textBegin && isLetter(text[a - 1])) --a;
                while (b < text.size() && isLetter(text[b])) ++b;
                const std::string word = text.substr(a, line.textEnd - a) + "-" +
                                         text.substr(line.textEnd, b - line.textEnd);
                EXPECT_NE(std::find(allowed.begin(), allowed.end(), word), allowed.end())
                        << word << " at " << toPoints(width) << " pt";
            }
        }
    }
}

// Issue 17: beside a web address, kept whole, lines were spread by 2 em and more. Now no line of
// the news text is, at the widths of a column (9 and 13 em) and those between.
TEST_F(TypesetterTest, SpreadsNoLineOfNewsTextByTwoEm) {
    for (const std::string& text : kLatinNews) {
        for (int ems : {9, 11, 12, 13, 14}) {
            for (const TypesetLine& line : set(text, ems * em).lines) {
                if (line.last) continue;
                EXPECT_LT(line.setWidth - line.natural, 2 * em)
                        << ems << " em: " << lineText(text, line);
            }
        }
    }
}

TEST_F(TypesetterTest, SetsAHundredThousandCharacters) {
    std::string text;
    while (utf8::length(text) < 100000)
        text += "徐汇区持续推进城市更新，AIGC产业规模达到1000亿元。";
    const auto p = set(text, 13 * em);
    EXPECT_GT(p.lines.size(), 6000u);
    EXPECT_EQ(p.lines.back().textEnd, text.size());
}

}  // namespace
}  // namespace banmian::layout
