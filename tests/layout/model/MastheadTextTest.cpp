// The masthead's date and issue lines as the page prints them, and dates read back from text.
#include "layout/model/MastheadText.h"

#include <gtest/gtest.h>

namespace banmian::layout {
namespace {

TEST(MastheadDate, PrintsTheDayWithItsWeekday) {
    EXPECT_EQ(chineseDate({2026, 12, 5}), "2026年12月5日 星期六");
    EXPECT_EQ(chineseDate({2026, 12, 6}), "2026年12月6日 星期日");
    EXPECT_EQ(chineseDate({2024, 2, 29}), "2024年2月29日 星期四");
    EXPECT_EQ(isoDate({2026, 1, 5}), "2026-01-05");
}

TEST(MastheadDate, TomorrowIsTheDayAfterToday) {
    const CalendarDate now = today(), next = tomorrow();
    ASSERT_TRUE(isValid(next));
    // The day after: the next day of the month, or the first of the next month or year.
    const bool sameMonth =
            next.year == now.year && next.month == now.month && next.day == now.day + 1;
    const bool nextMonth =
            next.day == 1 && (next.month == now.month + 1 ||
                              (now.month == 12 && next.month == 1 && next.year == now.year + 1));
    EXPECT_TRUE(sameMonth || nextMonth) << isoDate(now) << " then " << isoDate(next);
}

TEST(MastheadDate, ReadsDatesAndRefusesWhatIsNone) {
    EXPECT_EQ(parseIsoDate("2026-12-05"), (CalendarDate{2026, 12, 5}));
    EXPECT_FALSE(parseIsoDate("2026-02-30"));
    EXPECT_FALSE(parseIsoDate("2026-13-01"));
    EXPECT_FALSE(parseIsoDate("2026-12-05x"));
    EXPECT_FALSE(parseIsoDate("明天"));
    EXPECT_EQ(parseChineseDate("2026年12月5日 星期六"), (CalendarDate{2026, 12, 5}));
    EXPECT_EQ(parseChineseDate("2026年12月5日"), (CalendarDate{2026, 12, 5}));
    EXPECT_EQ(parseChineseDate("2026年12月6日　星期天"), (CalendarDate{2026, 12, 6}));
    // A weekday that is not the day's, a day that is not in the month: kept as text.
    EXPECT_FALSE(parseChineseDate("2026年12月5日 星期五"));
    EXPECT_FALSE(parseChineseDate("2026年2月30日"));
    EXPECT_FALSE(parseChineseDate("农历十月十六"));
}

TEST(MastheadText, SetsTheIssueAndRegistrationLines) {
    Masthead m;
    m.publication = CalendarDate{2026, 12, 5};
    m.issue = "245";
    m.totalIssue = "12345";
    m.reference = "11-0000";
    m.postalCode = "1-1";
    EXPECT_EQ(mastheadIssueLine(m), "2026年12月5日 星期六　第245期　总第12345期");
    EXPECT_EQ(mastheadRegistrationLine(m), "国内统一连续出版物号 CN 11-0000　邮发代号 1-1");
    // An older file's words are printed as they are; its date text when it has no date.
    Masthead old;
    old.date = "元旦特刊";
    old.issue = "第 1234 期";
    old.reference = "国内统一连续出版物号 CN 31-0001";
    EXPECT_EQ(mastheadIssueLine(old), "元旦特刊　第 1234 期");
    EXPECT_EQ(mastheadRegistrationLine(old), "国内统一连续出版物号 CN 31-0001");
    EXPECT_EQ(mastheadRegistrationLine(Masthead{}), "");
}

}  // namespace
}  // namespace banmian::layout
