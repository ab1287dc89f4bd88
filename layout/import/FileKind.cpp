#include "layout/import/FileKind.h"

#include <cctype>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "layout/import/ArticleImporter.h"

namespace banmian::layout {

namespace {

// The head is enough for everything but a JSON verdict on a large file.
constexpr std::size_t kHead = 64 * 1024;

bool blank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::string_view skipBlanks(std::string_view text) {
    while (!text.empty() && blank(text.front())) text.remove_prefix(1);
    return text;
}

// A JSON string at the start of `text` (a quote first); what follows it, or nothing when it does
// not close on its line.
std::optional<std::string_view> afterString(std::string_view text) {
    for (std::size_t i = 1; i < text.size(); ++i) {
        if (text[i] == '\\') {
            ++i;
        } else if (text[i] == '"') {
            return text.substr(i + 1);
        } else if (text[i] == '\n') {
            break;
        }
    }
    return std::nullopt;
}

// Whether text that begins with { or [ opens as JSON does, for a file that does not parse whole
// (cut short, or damaged further on): an object's first key and its colon, or a list of objects,
// lists, or strings or numbers with a comma. "[编者按]" and "[1] 本报讯" open articles.
bool opensLikeJson(std::string_view text) {
    const char open = text.front();
    text = skipBlanks(text.substr(1));
    if (text.empty()) return false;
    if (open == '{') {
        if (text.front() == '}') return true;
        if (text.front() != '"') return false;
        const auto rest = afterString(text);
        return rest && skipBlanks(*rest).starts_with(':');
    }
    if (text.front() == '{' || text.front() == '[') return true;
    if (text.front() == '"') {
        const auto rest = afterString(text);
        return rest && skipBlanks(*rest).starts_with(',');
    }
    std::size_t digits = text.front() == '-' ? 1 : 0;
    const std::size_t first = digits;
    while (digits < text.size() &&
           (std::isdigit(static_cast<unsigned char>(text[digits])) || text[digits] == '.' ||
            text[digits] == 'e' || text[digits] == 'E' || text[digits] == '+'))
        ++digits;
    return digits > first && skipBlanks(text.substr(digits)).starts_with(',');
}

// "format": "banmian" somewhere in text that does not parse: a page document cut short.
bool namesBanmianFormat(std::string_view text) {
    for (std::size_t at = text.find("\"format\""); at != std::string_view::npos;
         at = text.find("\"format\"", at + 1)) {
        std::string_view rest = skipBlanks(text.substr(at + 8));
        if (!rest.starts_with(':')) continue;
        if (skipBlanks(rest.substr(1)).starts_with("\"banmian\"")) return true;
    }
    return false;
}

}  // namespace

FileKind fileKindOf(std::string_view bytes) {
    // Word's .docx, WPS's and OpenDocument's files are ZIP archives; Word 97's .doc and older WPS
    // files are OLE compound files.
    if (bytes.starts_with(std::string_view("PK\x03\x04", 4)) ||
        bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return FileKind::OfficeDocument;
    std::string_view text = bytes;
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    text = skipBlanks(text);
    if (text.starts_with("%PDF-")) return FileKind::Pdf;
    if (text.empty() || (text.front() != '{' && text.front() != '[')) return FileKind::ArticleText;

    const auto json = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (!json.is_discarded()) {
        const bool banmian = json.is_object() && json.contains("format") &&
                             json["format"].is_string() && json["format"] == "banmian";
        return banmian ? FileKind::BanmianDocument : FileKind::OtherJson;
    }
    if (!opensLikeJson(text)) return FileKind::ArticleText;
    return namesBanmianFormat(text.substr(0, kHead)) ? FileKind::BanmianDocument
                                                     : FileKind::OtherJson;
}

FileKind fileKindOfFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return FileKind::ArticleText;
    std::string bytes(kHead, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    // A JSON verdict wants the whole file, up to the size of the largest article file; past it,
    // the head decides.
    std::string_view start = bytes;
    if (start.starts_with("\xEF\xBB\xBF")) start.remove_prefix(3);
    start = skipBlanks(start);
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (!start.empty() && (start.front() == '{' || start.front() == '[') && !error &&
        size > bytes.size() && size <= kMaxArticleFileBytes) {
        std::string rest(size - bytes.size(), '\0');
        in.read(rest.data(), static_cast<std::streamsize>(rest.size()));
        rest.resize(static_cast<std::size_t>(in.gcount()));
        bytes += rest;
    }
    return fileKindOf(bytes);
}

std::string_view describe(FileKind kind) {
    switch (kind) {
        case FileKind::ArticleText:
            return "an article file";
        case FileKind::BanmianDocument:
            return "a Banmian page document";
        case FileKind::OtherJson:
            return "JSON data";
        case FileKind::Pdf:
            return "a PDF file";
        case FileKind::OfficeDocument:
            return "a word processor's file (Word, WPS, OpenDocument) or another archive";
    }
    return "a file";
}

}  // namespace banmian::layout
