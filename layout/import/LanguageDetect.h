#pragma once

#include <optional>
#include <string_view>

#include "layout/base/Language.h"

namespace banmian::layout {

/// How many characters of a text are written only in one form: traditional (說 過 記, which
/// simplification changes) or simplified (说 过 记, which have a traditional form).
struct FormCounts {
    int traditional = 0;
    int simplified = 0;
};

/// The characters of `utf8` counted by ICU's Hant-Hans and Hans-Hant transliterators: a character
/// that Hant-Hans changes is traditional only, one that Hans-Hant changes simplified only; the
/// many that are the same in both forms (的 是 在 香港) count for neither.
FormCounts countForms(std::string_view utf8);

/// The written form of a story's text: zh-Hant when traditional characters clearly dominate (at
/// least 5 of them, and four times the simplified ones; 后 里 面 and a quoted mainland name are
/// common in traditional text), else zh-Hans. Traditional text is zh-Hant-HK when it shows Hong
/// Kong markers — 香港 in its first line (the dateline, 【本報香港訊】) or Cantonese characters
/// (嘅 係 咗 冇 啲 喺 嚟 佢 哋) — and zh-Hant-TW otherwise: a simple rule, not a classifier.
/// Nothing when the text has too few telling characters to say (under 5 of either form).
std::optional<Language> detectLanguage(std::string_view firstLine, std::string_view utf8);

}  // namespace banmian::layout
