#include "layout/text/LineFit.h"

#include <gtest/gtest.h>

#include "FakeParagraph.h"

namespace banmian::layout {
namespace {

using testing::fakeParagraph;
using testing::kEm;

// measureLine() sums what placeLine() adjusts; the two must agree on every line, or the composer
// would choose lines the placer cannot set.
TEST(LineFit, MeasuresWhatPlacingCanDo) {
    const std::string text =
            "“2018年，徐汇率先承办首届世界人工智能大会，成为上海首个个人工智能发展集聚区。”"
            "在发布会上，徐汇区副区长俞林伟介绍说——经过多年的发展……商量SenseChat与“书生浦语"
            "(InternLM)”、多模态模型“书生2.5”等·多个大模型进入测试或开源。AIGC is here and now";
    const auto p = fakeParagraph(text);
    const CompositionStyle style;
    std::size_t lines = 0;
    for (std::size_t begin = 0; begin < p.clusters.size(); begin += 3) {
        for (std::size_t end = begin + 1; end <= std::min(p.clusters.size(), begin + 30); ++end) {
            const LineCapacity c = measureLine(p, begin, end, style);
            const PlacedLine natural = placeLine(p, begin, end, c.natural, true, style);
            ASSERT_EQ(natural.width, c.natural) << begin << ".." << end;
            ASSERT_EQ(natural.natural, c.natural);
            const PlacedLine squeezed = placeLine(p, begin, end, c.natural - c.shrink, true, style);
            ASSERT_EQ(squeezed.width, c.natural - c.shrink) << begin << ".." << end;
            const PlacedLine tooTight =
                    placeLine(p, begin, end, c.natural - c.shrink - 1, true, style);
            ASSERT_EQ(tooTight.width, c.natural - c.shrink)
                    << "squeezes no further than clreq allows";
            ++lines;
        }
    }
    EXPECT_GT(lines, 1000u);
}

// Line breaking tries a line's ends one after another with one GrowingLine: every end it gives
// must be what placing that line does — word spaces at the end (not shown) included, two or three
// in a row, and an end asked twice.
TEST(LineFit, AGrowingLineMeasuresEachEndAsPlacingDoes) {
    const auto p = fakeParagraph(
            "“徐汇”率先承办  首届 World   AI Conference，成为（上海）首个集聚区。 Now  and   "
            "then ");
    const CompositionStyle style;
    for (std::size_t begin = 0; begin < p.clusters.size(); ++begin) {
        GrowingLine line(p, begin, style);
        for (std::size_t end = begin + 1; end <= p.clusters.size(); ++end) {
            for (int twice = 0; twice < 2; ++twice) {
                const LineCapacity c = line.upTo(end);
                const PlacedLine natural = placeLine(p, begin, end, c.natural, true, style);
                ASSERT_EQ(natural.width, c.natural) << begin << ".." << end;
                const PlacedLine squeezed =
                        placeLine(p, begin, end, c.natural - c.shrink, true, style);
                ASSERT_EQ(squeezed.width, c.natural - c.shrink) << begin << ".." << end;
            }
        }
    }
}

TEST(LineFit, SqueezesTheLineEndMarkFirstThenPauseMarks) {
    const auto p = fakeParagraph("一、二、三、");
    // Natural 6 em; squeezing half an em takes the line-end 、 first (clreq §3.5.3 level 1).
    const PlacedLine placed = placeLine(p, 0, 6, 6 * kEm - kEm / 2, true, CompositionStyle{});
    EXPECT_EQ(placed.boxX, (std::vector<LayoutUnit>{0, kEm, 2 * kEm, 3 * kEm, 4 * kEm, 5 * kEm}));
    EXPECT_EQ(placed.width, 6 * kEm - kEm / 2);
    // A whole em more: the two inner 、 give half an em each, equally.
    const PlacedLine tighter = placeLine(p, 0, 6, 5 * kEm - kEm / 2, true, CompositionStyle{});
    EXPECT_EQ(tighter.boxX,
              (std::vector<LayoutUnit>{0, kEm, 3 * kEm / 2, 5 * kEm / 2, 3 * kEm, 4 * kEm}));
}

}  // namespace
}  // namespace banmian::layout

namespace banmian::layout {
namespace {

// Taiwan's centred ，。 give way only at a line's end: measuring and placing agree on that too.
TEST(LineFit, CentredMarksGiveWayOnlyAtTheLineEnd) {
    const MeasureStyle tw{.em = kEm, .hanLatinSpace = true, .language = Language::HantTW};
    const auto p = fakeParagraph("市長說：「這條路線，只要二十分鐘。」居民問道：怎麼辦？好。", tw);
    const CompositionStyle style;
    for (std::size_t begin = 0; begin < p.clusters.size(); ++begin) {
        GrowingLine line(p, begin, style);
        for (std::size_t end = begin + 1; end <= p.clusters.size(); ++end) {
            const LineCapacity c = line.upTo(end);
            const PlacedLine squeezed = placeLine(p, begin, end, c.natural - c.shrink, true, style);
            ASSERT_EQ(squeezed.width, c.natural - c.shrink) << begin << ".." << end;
        }
    }
    // "一，二，三，": only the last ， gives a quarter em; the inner ones keep their em.
    const auto commas = fakeParagraph("一，二，三，", tw);
    const LineCapacity c = measureLine(commas, 0, 6, style);
    EXPECT_EQ(c.natural, 6 * kEm);
    EXPECT_EQ(c.shrink, kEm / 4);
    const PlacedLine placed = placeLine(commas, 0, 6, 5 * kEm, true, style);
    EXPECT_EQ(placed.boxX, (std::vector<LayoutUnit>{0, kEm, 2 * kEm, 3 * kEm, 4 * kEm, 5 * kEm}));
}

}  // namespace
}  // namespace banmian::layout
