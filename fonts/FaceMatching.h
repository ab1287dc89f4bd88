#pragma once

#include <vector>

#include "fonts/FaceInfo.h"

namespace banmian::fonts {

/// The face a request for `weight` gets among the faces of one family, by the CSS Fonts 4 §5.2
/// matching order (width, then upright, then weight); nullptr when `family` is empty.
const FaceInfo* pickFace(const std::vector<const FaceInfo*>& family, int weight);

}  // namespace banmian::fonts
