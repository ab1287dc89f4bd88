#include "layout/pdf/PdfDocument.h"

#include <libdeflate.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <memory>

#include "layout/base/Utf8.h"

namespace banmian::layout {
namespace {

struct CompressorDeleter {
    void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};
constexpr int kCompressionLevel = 1;  // 2 % larger than level 6, in two thirds of the time

}  // namespace

int PdfDocument::reserve() {
    m_objects.emplace_back();
    return static_cast<int>(m_objects.size());
}

void PdfDocument::set(int number, std::string body) {
    m_objects[static_cast<std::size_t>(number - 1)] = std::move(body);
}

int PdfDocument::add(std::string body) {
    const int number = reserve();
    set(number, std::move(body));
    return number;
}

int PdfDocument::addStream(std::string_view dictionary, std::string_view data, bool compress) {
    const int number = reserve();
    setStream(number, dictionary, data, compress);
    return number;
}

void PdfDocument::setStream(int number, std::string_view dictionary, std::string_view data,
                            bool compress) {
    std::string bytes(data);
    if (compress && !data.empty()) {
        // libdeflate rather than zlib: whole buffers, three times the speed at the same size (the
        // font subsets are most of an export's bytes and were a sixth of its time).
        static thread_local std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor(
                libdeflate_alloc_compressor(kCompressionLevel));
        std::string packed;
        std::size_t size = 0;
        if (compressor) {
            packed.resize(libdeflate_zlib_compress_bound(compressor.get(), data.size()));
            size = libdeflate_zlib_compress(compressor.get(), data.data(), data.size(),
                                            packed.data(), packed.size());
        }
        if (size > 0) {
            packed.resize(size);
            bytes = std::move(packed);
        } else {
            compress = false;
        }
    } else {
        compress = false;
    }
    std::string body = "<< " + std::string(dictionary) + " /Length " +
                       std::to_string(bytes.size()) + (compress ? " /Filter /FlateDecode" : "") +
                       " >>\nstream\n";
    body += bytes;
    body += "\nendstream";
    set(number, std::move(body));
}

std::string PdfDocument::serialize(int root, int info, std::string_view version) const {
    // PDF 1.3 by default, as PDF/X-1a:2001 asks; the second line's high bytes mark the file as
    // binary.
    std::string out = "%PDF-" + std::string(version) + "\n%\xE2\xE3\xCF\xD3\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < m_objects.size(); ++i) {
        offsets.push_back(out.size());
        out += std::to_string(i + 1) + " 0 obj\n" + m_objects[i] + "\nendobj\n";
    }
    const std::size_t xref = out.size();
    out += "xref\n0 " + std::to_string(m_objects.size() + 1) + "\n0000000000 65535 f \n";
    for (std::size_t offset : offsets) {
        char line[32];
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
        out += line;
    }
    // The file's identity from its content: the same page gives the same bytes.
    const std::uint32_t crc = libdeflate_crc32(0, out.data(), out.size());
    const std::uint32_t adler = libdeflate_adler32(1, out.data(), out.size());
    char id[40];
    std::snprintf(id, sizeof id, "%08X%08X%08X%08X", crc, adler, crc ^ 0x5A5A5A5AU,
                  adler ^ 0xA5A5A5A5U);
    out += "trailer\n<< /Size " + std::to_string(m_objects.size() + 1) + " /Root " +
           std::to_string(root) + " 0 R /Info " + std::to_string(info) + " 0 R /ID [<" + id +
           "> <" + id + ">] >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return out;
}

std::string pdfHexString(std::string_view bytes) {
    static const char* digits = "0123456789ABCDEF";
    std::string out = "<";
    for (unsigned char c : bytes) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out + ">";
}

std::string pdfTextString(std::string_view utf8) {
    // Printable ASCII as a literal string: registered names such as IFRA26 are compared as such
    // by preflight tools, and the file reads better.
    if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return c >= 0x20 && c < 0x7F; })) {
        std::string literal = "(";
        for (char c : utf8) {
            if (c == '(' || c == ')' || c == '\\') literal += '\\';
            literal += c;
        }
        return literal + ")";
    }
    return pdfUtf16String(utf8);
}

std::string pdfUtf16String(std::string_view utf8) {
    std::string utf16 = "\xFE\xFF";
    auto unit = [&](std::uint16_t u) {
        utf16 += static_cast<char>(u >> 8);
        utf16 += static_cast<char>(u & 0xFF);
    };
    for (std::size_t pos = 0; pos < utf8.size();) {
        char32_t c = utf8::next(utf8, pos);
        if (c >= 0x10000) {
            c -= 0x10000;
            unit(static_cast<std::uint16_t>(0xD800 + (c >> 10)));
            unit(static_cast<std::uint16_t>(0xDC00 + (c & 0x3FF)));
        } else {
            unit(static_cast<std::uint16_t>(c));
        }
    }
    return pdfHexString(utf16);
}

void appendPdfNumber(std::string& out, double value) {
    if (std::abs(value) < 0.0005) {
        out += '0';
        return;
    }
    char buffer[32];
    const auto [end, error] =
            std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 3);
    const char* last = error == std::errc() ? end : buffer;
    while (last > buffer && last[-1] == '0') --last;
    if (last > buffer && last[-1] == '.') --last;
    out.append(buffer, static_cast<std::size_t>(last - buffer));
}

std::string pdfNumber(double value) {
    std::string out;
    appendPdfNumber(out, value);
    return out;
}

}  // namespace banmian::layout
