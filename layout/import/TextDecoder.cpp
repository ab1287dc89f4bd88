#include "layout/import/TextDecoder.h"

#include <unicode/ucnv.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <memory>

#include "layout/base/Utf8.h"

namespace banmian::layout {
namespace {

constexpr const char* kSaveAsUtf8 = "save the file as UTF-8 text and import it again";

Result<DecodedText> decodeUtf16(std::string_view bytes, bool bigEndian, std::string encoding) {
    if (bytes.size() % 2 != 0) {
        return Diagnostic{0, "the file is " + encoding +
                                     " but ends in the middle of a character: it was cut short"};
    }
    DecodedText out{{}, std::move(encoding), {}};
    out.utf8.reserve(bytes.size() * 3 / 2);
    const std::size_t units = bytes.size() / 2;
    auto unitAt = [&](std::size_t i) -> char16_t {
        const auto hi = static_cast<unsigned char>(bytes[2 * i + (bigEndian ? 0 : 1)]);
        const auto lo = static_cast<unsigned char>(bytes[2 * i + (bigEndian ? 1 : 0)]);
        return static_cast<char16_t>(hi << 8 | lo);
    };
    int line = 1;
    for (std::size_t i = 0; i < units; ++i) {
        char32_t c = unitAt(i);
        if (U16_IS_LEAD(c) && i + 1 < units && U16_IS_TRAIL(unitAt(i + 1))) {
            c = U16_GET_SUPPLEMENTARY(c, unitAt(i + 1));
            ++i;
        } else if (U16_IS_SURROGATE(c)) {
            return Diagnostic{line, "broken " + out.encoding + " text (a lone surrogate, unit " +
                                            std::to_string(i) + "); " + kSaveAsUtf8};
        }
        if (c == U'\n') ++line;
        utf8::append(out.utf8, c);
    }
    return out;
}

// GB18030 covers GBK and GB2312. ICU's converter stops at the first byte sequence it cannot map,
// which tells us the file is in none of the encodings we read.
bool decodeGb18030(std::string_view bytes, std::string& utf8Out) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter*)> converter(ucnv_open("gb18030", &status),
                                                                 ucnv_close);
    if (U_FAILURE(status)) return false;
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    std::u16string utf16(bytes.size() + 1, u'\0');
    const int32_t length = ucnv_toUChars(converter.get(), reinterpret_cast<UChar*>(utf16.data()),
                                         static_cast<int32_t>(utf16.size()), bytes.data(),
                                         static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status)) return false;
    utf16.resize(static_cast<std::size_t>(length));
    utf8Out.clear();
    utf8Out.reserve(bytes.size() * 3 / 2);
    for (std::size_t i = 0; i < utf16.size(); ++i) {
        char32_t c = utf16[i];
        if (U16_IS_LEAD(c) && i + 1 < utf16.size() && U16_IS_TRAIL(utf16[i + 1])) {
            c = U16_GET_SUPPLEMENTARY(c, utf16[i + 1]);
            ++i;
        }
        utf8::append(utf8Out, c);
    }
    return true;
}

// Text has no zero bytes; UTF-16 without a BOM has them in every other byte for ASCII.
enum class ZeroBytes { None, Utf16LE, Utf16BE, Binary };

ZeroBytes classifyZeroBytes(std::string_view bytes) {
    std::size_t even = 0, odd = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\0') ++(i % 2 == 0 ? even : odd);
    }
    if (even + odd == 0) return ZeroBytes::None;
    const std::size_t half = bytes.size() / 2;
    // Mostly-ASCII UTF-16 has a zero in (nearly) every high byte and none in the low bytes.
    if (bytes.size() % 2 == 0 && even == 0 && odd * 3 >= half) return ZeroBytes::Utf16LE;
    if (bytes.size() % 2 == 0 && odd == 0 && even * 3 >= half) return ZeroBytes::Utf16BE;
    return ZeroBytes::Binary;
}

std::size_t firstZero(std::string_view bytes) {
    return bytes.find('\0');
}

bool isStrayControl(char32_t c) {
    return (c < 0x20 && c != U'\t' && c != U'\n' && c != U'\r' && c != U'\f' && c != U'\v') ||
           (c >= 0x7F && c <= 0x9F);
}

// Bytes that happen to decode (GB18030 accepts much) are still binary when control characters
// abound. A few strays are only noise, which the line splitter drops with a warning.
Result<DecodedText> rejectBinary(DecodedText text) {
    std::size_t controls = 0, total = 0;
    int line = 1, firstLine = 0;
    for (std::size_t pos = 0; pos < text.utf8.size(); ++total) {
        const char32_t c = utf8::next(text.utf8, pos);
        if (c == U'\n') ++line;
        if (isStrayControl(c)) {
            ++controls;
            if (firstLine == 0) firstLine = line;
        }
    }
    if (controls > 8 && controls * 100 > total) {
        return Diagnostic{firstLine, "this looks like a binary file, not text (" +
                                             std::to_string(controls) +
                                             " control characters); articles must be plain text"};
    }
    return text;
}

}  // namespace

Result<DecodedText> decodeText(std::string_view bytes) {
    if (bytes.empty()) return Diagnostic{0, "the file is empty: there are no articles in it"};

    if (bytes.starts_with(std::string_view("\xFF\xFE\0\0", 4)) ||
        bytes.starts_with(std::string_view("\0\0\xFE\xFF", 4))) {
        return Diagnostic{
                0, "the file is UTF-32, which is not read here; " + std::string(kSaveAsUtf8)};
    }
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
        const bool bigEndian = bytes[0] == '\xFE';
        auto decoded = decodeUtf16(bytes.substr(2), bigEndian, bigEndian ? "UTF-16BE" : "UTF-16LE");
        if (!decoded) return decoded;
        return rejectBinary(std::move(decoded).value());
    }

    std::string encoding = "UTF-8";
    if (bytes.starts_with("\xEF\xBB\xBF")) {
        bytes.remove_prefix(3);
        encoding = "UTF-8 (BOM)";
    }

    const ZeroBytes zeros = classifyZeroBytes(bytes);
    switch (zeros) {
        case ZeroBytes::Utf16LE:
        case ZeroBytes::Utf16BE: {
            const bool bigEndian = zeros == ZeroBytes::Utf16BE;
            auto decoded = decodeUtf16(bytes, bigEndian, bigEndian ? "UTF-16BE" : "UTF-16LE");
            if (!decoded) return decoded;
            DecodedText text = std::move(decoded).value();
            text.warnings.push_back({0, "the file has no byte-order mark; read it as " +
                                                text.encoding +
                                                " because of its zero bytes — check the text"});
            return rejectBinary(std::move(text));
        }
        case ZeroBytes::Binary: {
            const std::size_t at = firstZero(bytes);
            return Diagnostic{utf8::lineOfOffset(bytes, at),
                              "this is a binary file, not text (a zero byte at offset " +
                                      std::to_string(at) +
                                      "); articles must be plain text in UTF-8, UTF-16 or GB18030"};
        }
        case ZeroBytes::None:
            break;
    }

    const std::size_t invalid = utf8::findInvalid(bytes);
    if (invalid == std::string_view::npos) {
        return rejectBinary(DecodedText{std::string(bytes), encoding, {}});
    }

    std::string gb;
    if (encoding == "UTF-8" && decodeGb18030(bytes, gb)) {
        return rejectBinary(DecodedText{std::move(gb), "GB18030", {}});
    }

    return Diagnostic{utf8::lineOfOffset(bytes, invalid),
                      "bytes that are not UTF-8" +
                              std::string(encoding == "UTF-8" ? " nor GB18030/GBK" : "") +
                              " (offset " + std::to_string(invalid) + "); " + kSaveAsUtf8};
}

}  // namespace banmian::layout
