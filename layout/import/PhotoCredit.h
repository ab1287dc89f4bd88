#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace banmian::layout {

/// Whether a short line reads as a photo credit as Chinese papers print one: "新华社记者 张三 摄",
/// "本报记者 李四", "图/王五", "摄影：赵六", "视觉中国供图", "新华社发" — what a caption file's
/// credit line is told from its caption by.
bool looksLikePhotoCredit(std::string_view line);

/// The credit as the paper prints it, from the photographer's name(s) as a file gives them
/// (IPTC By-line, XMP dc:creator, Exif Artist) and the agency or source (IPTC Credit): a credit
/// already in the printed form stays as it is ("新华社记者 张三 摄", "图/李四"), a role without
/// the verb gets it ("记者 张三" → "记者 张三 摄"), bare names get it ("张三" → "张三 摄",
/// "张三、李四" → "张三 李四 摄"), an agency is named as papers name it ("新华社" + "张三" →
/// "新华社发（张三 摄）", "本报" → "本报记者 张三 摄"). Empty when both are.
std::string photoCredit(std::string_view names, std::string_view agency = {});

/// A caption that ends with its credit, as desks often type one — "市民在公园游玩。（新华社记者
/// 张三 摄）" or "…游玩。张三 摄" — split into the caption and the credit; the credit is empty
/// when the caption does not end with one.
std::pair<std::string, std::string> splitTrailingCredit(std::string_view caption);

/// `text` without white space (ASCII and the ideographic space U+3000) at either end.
std::string_view trimSpace(std::string_view text);

}  // namespace banmian::layout
