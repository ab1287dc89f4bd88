#include "layout/model/MastheadDate.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace banmian::layout {
namespace {

std::chrono::year_month_day ymd(const CalendarDate& d) {
    return std::chrono::year{d.year} / std::chrono::month{static_cast<unsigned>(d.month)} /
           std::chrono::day{static_cast<unsigned>(d.day)};
}

CalendarDate fromYmd(const std::chrono::year_month_day& d) {
    return {static_cast<int>(d.year()), static_cast<int>(static_cast<unsigned>(d.month())),
            static_cast<int>(static_cast<unsigned>(d.day()))};
}

const char* const kWeekdays[] = {"日", "一", "二", "三", "四", "五", "六"};

// Reads digits at `pos` into `value`; false when there are none (or too many for a date).
bool number(std::string_view text, std::size_t& pos, int& value) {
    const std::size_t start = pos;
    value = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9' && pos - start < 5)
        value = value * 10 + (text[pos++] - '0');
    return pos > start && (pos == text.size() || text[pos] < '0' || text[pos] > '9');
}

bool literal(std::string_view text, std::size_t& pos, std::string_view word) {
    if (text.substr(pos, word.size()) != word) return false;
    pos += word.size();
    return true;
}

}  // namespace

bool isValid(const CalendarDate& date) {
    return date.year >= 1 && date.year <= 9999 && date.month >= 1 && date.month <= 12 &&
           date.day >= 1 && date.day <= 31 && ymd(date).ok();
}

CalendarDate today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

CalendarDate tomorrow() {
    return fromYmd(std::chrono::year_month_day(std::chrono::sys_days(ymd(today())) +
                                               std::chrono::days(1)));
}

std::string chineseDate(const CalendarDate& date) {
    const unsigned weekday =
            std::chrono::weekday(std::chrono::sys_days(ymd(date))).c_encoding();  // 0: Sunday
    return std::to_string(date.year) + "年" + std::to_string(date.month) + "月" +
           std::to_string(date.day) + "日 星期" + kWeekdays[weekday];
}

std::string isoDate(const CalendarDate& date) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
    return text;
}

std::optional<CalendarDate> parseIsoDate(std::string_view text) {
    CalendarDate date;
    std::size_t pos = 0;
    if (!number(text, pos, date.year) || !literal(text, pos, "-") ||
        !number(text, pos, date.month) || !literal(text, pos, "-") ||
        !number(text, pos, date.day) || pos != text.size() || !isValid(date))
        return std::nullopt;
    return date;
}

std::optional<CalendarDate> parseChineseDate(std::string_view text) {
    auto skipSpaces = [&](std::size_t& pos) {
        while (true) {
            if (!literal(text, pos, " ") && !literal(text, pos, "　")) return;
        }
    };
    CalendarDate date;
    std::size_t pos = 0;
    skipSpaces(pos);
    if (!number(text, pos, date.year) || !literal(text, pos, "年") ||
        !number(text, pos, date.month) || !literal(text, pos, "月") ||
        !number(text, pos, date.day) || !literal(text, pos, "日") || !isValid(date))
        return std::nullopt;
    skipSpaces(pos);
    if (pos == text.size()) return date;
    // A weekday that is not that day's is a mistake in the text: kept as the text, to be seen.
    if (!(literal(text, pos, "星期") || literal(text, pos, "周"))) return std::nullopt;
    const std::string printed = chineseDate(date);
    const std::string_view weekday = std::string_view(printed).substr(printed.size() - 3);
    if (!literal(text, pos, weekday) &&
        !(weekday == "日" && literal(text, pos, "天")))  // 星期天 is 星期日
        return std::nullopt;
    skipSpaces(pos);
    return pos == text.size() ? std::optional<CalendarDate>(date) : std::nullopt;
}

}  // namespace banmian::layout
