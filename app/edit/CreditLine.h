#pragma once

#include <QString>
#include <optional>
#include <vector>

#include "layout/model/Story.h"

namespace banmian::app {

/// The credit line a person typed ("记者 张三  通讯员 李四"), read as the importer reads one: the
/// bylines (none for an empty text); nothing, with `error` saying what a credit line looks like,
/// when it is not one. The one reading the properties, the page and the story editor share.
std::optional<std::vector<layout::Byline>> creditLineFrom(const QString& text, QString& error);

/// Bylines as a person edits them (layout::creditLine, as Qt text).
QString creditLineText(const std::vector<layout::Byline>& bylines);

}  // namespace banmian::app
