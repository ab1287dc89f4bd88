#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace banmian::layout::utf8 {

/// Byte offset of the first ill-formed UTF-8 sequence in `bytes`, or npos when it is all well
/// formed.
std::size_t findInvalid(std::string_view bytes);

/// Decodes the code point starting at `pos` and moves `pos` past it. Expects well-formed UTF-8.
char32_t next(std::string_view text, std::size_t& pos);

/// Decodes the code point ending just before `pos` and moves `pos` back to its start.
char32_t previous(std::string_view text, std::size_t& pos);

/// The first and last code points of `text`, 0 when it is empty.
char32_t first(std::string_view text);
char32_t last(std::string_view text);

/// Number of code points in `text`.
std::size_t length(std::string_view text);

/// True when `text` has more than `count` code points; looks at no more of it than that takes.
bool longerThan(std::string_view text, std::size_t count);

/// The first / last `count` code points of `text` (all of it when shorter).
std::string_view prefix(std::string_view text, std::size_t count);
std::string_view suffix(std::string_view text, std::size_t count);

/// Appends `c` to `out` as UTF-8.
void append(std::string& out, char32_t c);

/// 1-based line of a byte offset, counting LF, CRLF and CR line ends: what a person finds in a
/// text editor. Good for any encoding whose line ends are single bytes (UTF-8, GB18030).
int lineOfOffset(std::string_view bytes, std::size_t offset);

}  // namespace banmian::layout::utf8
