#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "layout/base/Diagnostic.h"
#include "layout/base/Result.h"

namespace banmian::layout {

/// Text decoded from the bytes of a file, with the encoding it was found to be in.
struct DecodedText {
    std::string utf8;
    std::string encoding;  ///< "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030"
    std::vector<Diagnostic> warnings;  ///< guesses the decoder made (e.g. UTF-16 without a BOM)
};

/// Decodes the encodings newsrooms send: UTF-8 with or without a BOM, UTF-16 with a BOM (or, by its
/// zero bytes, without one), and GB18030, which includes GBK and GB2312. A binary file or bytes
/// that fit none of them give an error that says where and what to do.
Result<DecodedText> decodeText(std::string_view bytes);

}  // namespace banmian::layout
