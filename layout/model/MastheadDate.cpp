#include "layout/model/MastheadDate.h"

#include <ctime>

namespace banmian::layout {

std::string todayInChinese() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    static const char* weekdays[] = {"日", "一", "二", "三", "四", "五", "六"};
    return std::to_string(local.tm_year + 1900) + "年" + std::to_string(local.tm_mon + 1) + "月" +
           std::to_string(local.tm_mday) + "日 星期" + weekdays[local.tm_wday];
}

}  // namespace banmian::layout
