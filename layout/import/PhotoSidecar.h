#pragma once

#include <string>
#include <string_view>

#include "layout/base/Result.h"

namespace banmian::layout {

/// What a text file beside a photo (photo1.jpg → photo1.txt) says of it, as a picture desk types
/// one: the caption in its first paragraph, a credit line ("新华社记者 张三 摄", "图/李四"), and
/// optionally the story it goes with ("稿件：集中销毁" or "story: …"). What it says overrides the
/// photo's own metadata.
struct PhotoSidecar {
    std::string caption;   ///< empty when the file has none
    std::string credit;    ///< in printed form (photoCredit()); empty when none
    std::string story;     ///< words of the story's headline; empty when none is named
    std::string encoding;  ///< what the file was found to be in: "UTF-8", "GB18030" …
};

/// The caption file's bytes, in UTF-8, UTF-16 or GB18030 (decodeText()); an error saying what to
/// do when they are no text.
Result<PhotoSidecar> readPhotoSidecar(std::string_view bytes);

}  // namespace banmian::layout
