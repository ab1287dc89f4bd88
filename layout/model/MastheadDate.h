#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace banmian::layout {

/// A day of the Gregorian calendar: the date a paper comes out.
struct CalendarDate {
    int year = 0, month = 0, day = 0;
    bool operator==(const CalendarDate&) const = default;
};

/// Whether it is a day of the calendar (2026-02-30 is not).
bool isValid(const CalendarDate& date);
/// Today and tomorrow on this machine's clock, in its time zone.
CalendarDate today();
/// A new page's date: a paper is made the day before it comes out.
CalendarDate tomorrow();
/// The date as a masthead prints it: 2026年12月5日 星期六.
std::string chineseDate(const CalendarDate& date);
/// "2026-12-05", as a document file keeps it.
std::string isoDate(const CalendarDate& date);
/// An ISO date ("2026-12-05") that is a day of the calendar; nothing otherwise.
std::optional<CalendarDate> parseIsoDate(std::string_view text);
/// A date as mastheads print it — 2026年12月5日, and the weekday when given (星期六, which must
/// be that day's) — so that an older file's date text becomes a date; nothing when the text is
/// anything else, and then it stays the text it was.
std::optional<CalendarDate> parseChineseDate(std::string_view text);

}  // namespace banmian::layout
