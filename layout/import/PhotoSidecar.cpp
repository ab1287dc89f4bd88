#include "layout/import/PhotoSidecar.h"

#include <cctype>
#include <optional>
#include <vector>

#include "layout/import/PhotoCredit.h"
#include "layout/import/TextDecoder.h"

namespace banmian::layout {
namespace {

std::vector<std::string_view> linesOf(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        lines.push_back(trimSpace(text.substr(0, end)));
        if (end == std::string_view::npos) break;
        text.remove_prefix(end + 1);
    }
    return lines;
}

// "稿件：集中销毁", "稿件: …", "Story: …": the words after the label; none for another line.
std::optional<std::string_view> storyNamed(std::string_view line) {
    for (std::string_view label : {"稿件", "story", "Story", "STORY"}) {
        if (!line.starts_with(label)) continue;
        std::string_view rest = trimSpace(line.substr(label.size()));
        for (std::string_view colon : {"：", ":"}) {
            if (rest.starts_with(colon)) return trimSpace(rest.substr(colon.size()));
        }
    }
    return std::nullopt;
}

bool isAsciiWordChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// Lines of one paragraph joined: Chinese runs on without a space, Latin words keep one.
void appendLine(std::string& paragraph, std::string_view line) {
    if (!paragraph.empty() && isAsciiWordChar(paragraph.back()) && isAsciiWordChar(line.front()))
        paragraph += ' ';
    paragraph += line;
}

}  // namespace

Result<PhotoSidecar> readPhotoSidecar(std::string_view bytes) {
    auto text = decodeText(bytes);
    if (!text) return text.error();
    PhotoSidecar sidecar;
    sidecar.encoding = text.value().encoding;
    bool captionDone = false;
    for (std::string_view line : linesOf(text.value().utf8)) {
        if (line.empty()) {
            // The caption is the first paragraph: a blank line after it ends it.
            captionDone = captionDone || !sidecar.caption.empty();
            continue;
        }
        if (const auto story = storyNamed(line)) {
            if (sidecar.story.empty()) sidecar.story = std::string(*story);
        } else if (sidecar.credit.empty() && looksLikePhotoCredit(line)) {
            sidecar.credit = photoCredit(line);
        } else if (!captionDone) {
            appendLine(sidecar.caption, line);
        }
    }
    // A caption typed with its credit at its end ("…游玩。（张三 摄）").
    auto [caption, credit] = splitTrailingCredit(sidecar.caption);
    if (!credit.empty()) {
        sidecar.caption = std::move(caption);
        if (sidecar.credit.empty()) sidecar.credit = std::move(credit);
    }
    return sidecar;
}

}  // namespace banmian::layout
