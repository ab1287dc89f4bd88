#pragma once

#include <string>
#include <string_view>

namespace banmian::layout {

/// A new id for a story, block, photo, caption or proof mark: 128 random bits from the system's
/// generator, as 32 lowercase hex digits. Random, never counted, so that the objects of two
/// copies of a page never share one unless they are the same object.
std::string newId();

/// Whether `id` has the form newId() gives (older documents' ids, "story-2" or "m3", do not).
bool isRandomId(std::string_view id);

}  // namespace banmian::layout
