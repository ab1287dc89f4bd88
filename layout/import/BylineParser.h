#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "layout/model/Story.h"

namespace banmian::layout {

/// A credit line read apart: its bylines, and the doubts a person should check.
struct ParsedBylines {
    std::vector<Byline> bylines;
    std::vector<std::string> doubts;
};

/// Reads a credit line — "□记者 曹香玉", "本报记者 姚丽敏 刘晓晶 通讯员 王卫民", "文/张三 图/李四"
/// — into roles and names. Returns nothing when the line is not a credit line (a sentence that
/// merely begins with 记者, say).
std::optional<ParsedBylines> parseBylineLine(std::string_view line);

}  // namespace banmian::layout
