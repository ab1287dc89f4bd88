#pragma once

#include <string>

namespace banmian::layout {

/// One of the day's photos as the picture desk hands it in, before it is placed: the file, its
/// size in pixels (what decides how large it may print), its caption and the photographer's
/// credit, and the story it illustrates. A document keeps them (Document::photos) so that the
/// page can be composed, and composed again, with them.
struct DayPhoto {
    std::string id{};  ///< stable (newId()); a placed photo's frame keeps the same image path
    std::string path;  ///< the image file (JPEG, PNG or TIFF), absolute in memory
    int pixelWidth = 0, pixelHeight = 0;
    std::string caption{};  ///< 图片说明, without the credit
    std::string credit{};  ///< the photographer's credit as printed: "记者 张三 摄", "图/李四"
    /// The id of the story it goes with (Story::id); empty: none named, the composer chooses.
    std::string story{};

    bool operator==(const DayPhoto&) const = default;
};

}  // namespace banmian::layout
