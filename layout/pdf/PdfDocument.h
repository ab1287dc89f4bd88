#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace banmian::layout {

/// The objects of a PDF file and their serialisation: numbered objects, streams compressed with
/// libdeflate, the cross-reference table and trailer. Knows PDF syntax, nothing of pages or fonts;
/// the same input gives the same bytes.
class PdfDocument {
public:
    /// Reserves an object number, to refer to an object before writing it.
    int reserve();
    /// Sets object `number` to `body` (a dictionary, array, number …).
    void set(int number, std::string body);
    /// Adds an object; returns its number.
    int add(std::string body);
    /// Adds a stream with `dictionary` entries (without << >>, /Length and /Filter), compressed.
    int addStream(std::string_view dictionary, std::string_view data, bool compress = true);
    /// Sets object `number` to a stream, as addStream.
    void setStream(int number, std::string_view dictionary, std::string_view data,
                   bool compress = true);

    /// The file: header (PDF `version`), objects, xref, trailer with /Root `root`, /Info `info`
    /// and an /ID derived from the content.
    std::string serialize(int root, int info, std::string_view version = "1.3") const;

private:
    std::vector<std::string> m_objects;  // index = number - 1
};

/// A PDF string literal of arbitrary bytes, as a hex string: <48656C6C6F>.
std::string pdfHexString(std::string_view bytes);
/// A PDF text string (Info dictionary): printable ASCII as a literal (IFRA26), anything else
/// UTF-16BE with a BOM, hex-encoded.
std::string pdfTextString(std::string_view utf8);
/// A PDF text string always as UTF-16BE with a BOM, hex-encoded (<FEFF…>): what annotations'
/// /Contents and /T take, which readers decode as such whatever the characters.
std::string pdfUtf16String(std::string_view utf8);
/// A number as PDF writes it: at most 3 decimals, no exponent.
std::string pdfNumber(double value);
/// pdfNumber() appended to `out`, for content streams of thousands of numbers.
void appendPdfNumber(std::string& out, double value);

}  // namespace banmian::layout
