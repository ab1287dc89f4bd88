#include "layout/document/DocumentFiles.h"

#include <functional>
#include <string>

namespace banmian::layout {
namespace {

// Each path of a file the document refers to.
void forEachFile(Document& document, const std::function<void(std::string&)>& change) {
    for (Block& block : document.page.blocks) {
        for (PhotoFrame& photo : block.photos) {
            if (!photo.image.empty()) change(photo.image);
        }
    }
    for (DayPhoto& photo : document.photos) {
        if (!photo.path.empty()) change(photo.path);
    }
    if (!document.print.outputProfile.empty()) change(document.print.outputProfile);
}

}  // namespace

void filesRelativeTo(Document& document, const std::filesystem::path& folder) {
    const std::filesystem::path base = std::filesystem::absolute(folder).lexically_normal();
    forEachFile(document, [&](std::string& path) {
        const std::filesystem::path file(path);
        if (!file.is_absolute()) return;
        const std::filesystem::path inside = file.lexically_normal().lexically_relative(base);
        // Below the folder only: "../" would tie the page to where it stands now.
        if (inside.empty() || *inside.begin() == "..") return;
        path = inside.generic_string();
    });
}

void filesAbsoluteFrom(Document& document, const std::filesystem::path& folder) {
    const std::filesystem::path base = std::filesystem::absolute(folder).lexically_normal();
    forEachFile(document, [&](std::string& path) {
        const std::filesystem::path file(path);
        if (file.is_absolute()) return;
        path = (base / file).lexically_normal().string();
    });
}

}  // namespace banmian::layout
