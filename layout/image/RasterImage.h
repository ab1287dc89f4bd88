#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "layout/base/Result.h"

namespace banmian::layout {

/// The file formats a photo frame takes, told from a file's first bytes.
enum class ImageKind { Unknown, Jpeg, Png, Tiff };

/// The colour of an image's pixels as the plant sees it: gray and CMYK print as they are; RGB
/// (any colour that is not CMYK) must be separated to CMYK first, PDF/X-1a has no RGB.
enum class ImageColour { Gray, Rgb, Cmyk };

/// Samples per pixel of `colour`: 1, 3 or 4.
int channelsOf(ImageColour colour);

/// What an image file says of itself, read without decoding its pixels.
struct ImageInfo {
    ImageKind kind = ImageKind::Unknown;
    int width = 0, height = 0;  ///< as the image is meant to be seen (TIFF orientation applied)
    ImageColour colour = ImageColour::Gray;
};

/// A JPEG, PNG or TIFF decoded for the PDF and the screen: 8 bits per sample, rows top to bottom,
/// samples interleaved (gray; R G B; C M Y K with 255 = full ink, however the file stores it), and
/// any transparency already flattened onto white paper, since PDF/X-1a allows none.
struct RasterImage {
    int width = 0, height = 0;
    ImageColour colour = ImageColour::Gray;
    std::vector<std::uint8_t> samples;
    /// The colour profile embedded in the file (an ICC.1 profile's bytes: JPEG's APP2
    /// ICC_PROFILE markers, PNG's iCCP chunk, TIFF's ICCProfile tag), empty when it has none.
    /// The colour stage converts a photo to the plant's CMYK from the photo's own profile; an RGB
    /// photo without one is taken as sRGB, as the web and cameras assume.
    std::string iccProfile;
};

/// More pixels than any photo on a page needs (a photo across a whole broadsheet page at 300 ppi
/// has ~30 million); a file claiming more is damaged or the wrong file, and is refused before
/// anything is allocated for it.
inline constexpr std::int64_t kMaxImagePixels = 100'000'000;

/// The bytes of the image file at `path`; nothing when it cannot be read.
std::optional<std::string> readImageFile(const std::string& path);

/// The format of an image file from its signature.
ImageKind imageKind(std::string_view bytes);

/// Width, height and colour of a JPEG, PNG or TIFF file, and a check that it is whole (a file cut
/// short in copying is an error), without decoding its pixels: what the preflight asks.
Result<ImageInfo> readImageInfo(std::string_view bytes);

/// Decodes a JPEG, PNG or TIFF file, its embedded colour profile kept. A file cut short or with
/// damaged image data is an error, never a picture with gray where the data was lost.
Result<RasterImage> decodeRasterImage(std::string_view bytes);

}  // namespace banmian::layout
