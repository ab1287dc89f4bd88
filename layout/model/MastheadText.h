#pragma once

#include <string>

#include "layout/model/Block.h"

namespace banmian::layout {

/// The date the masthead prints: its publication date in Chinese (2026年12月5日 星期六), else the
/// date text an older file had.
std::string mastheadDate(const Masthead& masthead);

/// The issue line under the name: the date, 第N期, 总第N期 — what is set of them, in that order.
std::string mastheadIssueLine(const Masthead& masthead);

/// The registration line: 国内统一连续出版物号 CN 11-0000, 邮发代号 1-1 — what is set of them.
std::string mastheadRegistrationLine(const Masthead& masthead);

}  // namespace banmian::layout
