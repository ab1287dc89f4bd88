// TIFF files through libtiff. Gray and CMYK, what goes to the plant, are read as stored, sample by
// sample (libtiff's RGBA reader would turn CMYK into RGB); other colour models go through the
// RGBA reader, for the screen only, since the PDF refuses them.
#include <tiffio.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "layout/image/ImageFormats.h"

namespace banmian::layout {
namespace {

const char* const kCutShort =
        "the TIFF file is cut short, its image data is missing (truncated?): copy or save it again";

// The bytes libtiff reads through its client procedures, and the first error it reports (the
// later ones follow from it).
struct TiffSource {
    std::string_view bytes;
    std::uint64_t offset = 0;
    std::string error;
};

tmsize_t readBytes(thandle_t handle, void* out, tmsize_t count) {
    auto* source = static_cast<TiffSource*>(handle);
    if (count <= 0 || source->offset >= source->bytes.size()) return 0;
    const std::uint64_t n = std::min<std::uint64_t>(static_cast<std::uint64_t>(count),
                                                    source->bytes.size() - source->offset);
    std::memcpy(out, source->bytes.data() + source->offset, n);
    source->offset += n;
    return static_cast<tmsize_t>(n);
}

tmsize_t writeNothing(thandle_t, void*, tmsize_t) {
    return -1;  // opened for reading only
}

toff_t seekTo(thandle_t handle, toff_t offset, int whence) {
    auto* source = static_cast<TiffSource*>(handle);
    const std::uint64_t base = whence == SEEK_CUR   ? source->offset
                               : whence == SEEK_END ? source->bytes.size()
                                                    : 0;
    source->offset = base + offset;  // a backward SEEK_CUR arrives as a wrapped unsigned offset
    return source->offset;
}

int closeNothing(thandle_t) {
    return 0;
}

toff_t sizeOf(thandle_t handle) {
    return static_cast<TiffSource*>(handle)->bytes.size();
}

int mapNothing(thandle_t, void**, toff_t*) {
    return 0;  // no memory mapping: libtiff then reads through readBytes
}

void unmapNothing(thandle_t, void*, toff_t) {}

int keepError(TIFF*, void* user, const char*, const char* format, va_list args) {
    auto* source = static_cast<TiffSource*>(user);
    if (source->error.empty()) {
        char message[300];
        std::vsnprintf(message, sizeof message, format, args);
        source->error = message;
    }
    return 1;  // handled: nothing goes to stderr
}

int ignoreWarning(TIFF*, void*, const char*, const char*, va_list) {
    return 1;  // what libtiff can read, it reads
}

// Closes the file and frees libtiff's state on every way out.
struct TiffFile {
    TIFF* tif = nullptr;
    ~TiffFile() {
        if (tif) TIFFClose(tif);
    }
};

TIFF* openTiff(TiffSource& source) {
    TIFFOpenOptions* options = TIFFOpenOptionsAlloc();
    if (!options) return nullptr;
    TIFFOpenOptionsSetErrorHandlerExtR(options, keepError, &source);
    TIFFOpenOptionsSetWarningHandlerExtR(options, ignoreWarning, nullptr);
    TIFF* tif = TIFFClientOpenExt("photo", "rm", &source, readBytes, writeNothing, seekTo,
                                  closeNothing, sizeOf, mapNothing, unmapNothing, options);
    TIFFOpenOptionsFree(options);
    return tif;
}

Diagnostic damaged(const TiffSource& source) {
    const std::string why = source.error.empty() ? "" : " (" + source.error + ")";
    return Diagnostic{0, "the TIFF file is damaged or cut short" + why + ": copy or save it again"};
}

// How the first image of the file is stored.
struct TiffShape {
    std::uint32_t width = 0, height = 0;  // as stored, before the orientation is applied
    std::uint16_t bits = 1, samples = 1, planar = PLANARCONFIG_CONTIG;
    std::uint16_t orientation = ORIENTATION_TOPLEFT;
    ImageColour colour = ImageColour::Gray;
    int alpha = -1;  // the sample holding alpha, if one does
    bool premultiplied = false;
    bool minIsWhite = false;
};

Result<TiffShape> shapeOf(TIFF* tif) {
    TiffShape s;
    std::uint16_t photometric = 0, format = SAMPLEFORMAT_UINT, inkSet = INKSET_CMYK;
    std::uint16_t extraCount = 0;
    std::uint16_t* extraTypes = nullptr;
    if (!TIFFGetField(tif, TIFFTAG_IMAGEWIDTH, &s.width) ||
        !TIFFGetField(tif, TIFFTAG_IMAGELENGTH, &s.height))
        return Diagnostic{0, "a damaged TIFF file (no image size)"};
    if (!TIFFGetField(tif, TIFFTAG_PHOTOMETRIC, &photometric))
        return Diagnostic{0, "a damaged TIFF file (it does not say its colour model)"};
    TIFFGetField(tif, TIFFTAG_BITSPERSAMPLE, &s.bits);
    TIFFGetField(tif, TIFFTAG_SAMPLESPERPIXEL, &s.samples);
    TIFFGetField(tif, TIFFTAG_PLANARCONFIG, &s.planar);
    TIFFGetField(tif, TIFFTAG_ORIENTATION, &s.orientation);
    TIFFGetField(tif, TIFFTAG_SAMPLEFORMAT, &format);
    TIFFGetField(tif, TIFFTAG_INKSET, &inkSet);
    TIFFGetField(tif, TIFFTAG_EXTRASAMPLES, &extraCount, &extraTypes);
    if (s.orientation < ORIENTATION_TOPLEFT || s.orientation > ORIENTATION_LEFTBOT)
        s.orientation = ORIENTATION_TOPLEFT;
    if (auto error = checkImageSize(s.width, s.height)) return *error;

    int colourSamples = 1;
    switch (photometric) {
        case PHOTOMETRIC_MINISWHITE:
            s.minIsWhite = true;
            [[fallthrough]];
        case PHOTOMETRIC_MINISBLACK:
            s.colour = ImageColour::Gray;
            break;
        case PHOTOMETRIC_SEPARATED:
            // TIFF 6.0 §16: InkSet 1 is CMYK; 2 is inks named in InkNames (hexachrome, spot).
            if (inkSet != INKSET_CMYK || s.samples - extraCount != 4) {
                return Diagnostic{0, "a TIFF separated into " +
                                             std::to_string(s.samples - extraCount) +
                                             " inks that are not CMYK: save it as CMYK"};
            }
            s.colour = ImageColour::Cmyk;
            colourSamples = 4;
            break;
        case PHOTOMETRIC_RGB:
        case PHOTOMETRIC_YCBCR:
            colourSamples = 3;
            s.colour = ImageColour::Rgb;
            break;
        case PHOTOMETRIC_PALETTE:
            s.colour = ImageColour::Rgb;
            break;
        default:
            return Diagnostic{0,
                              "a TIFF in a colour model other than gray, RGB or CMYK "
                              "(PhotometricInterpretation " +
                                      std::to_string(photometric) + "): save it as CMYK or gray"};
    }
    if (s.samples < colourSamples) return Diagnostic{0, "a damaged TIFF file (samples per pixel)"};
    for (int i = 0; i < extraCount && extraTypes; ++i) {
        if (extraTypes[i] == EXTRASAMPLE_ASSOCALPHA || extraTypes[i] == EXTRASAMPLE_UNASSALPHA) {
            s.alpha = s.samples - extraCount + i;
            s.premultiplied = extraTypes[i] == EXTRASAMPLE_ASSOCALPHA;
            break;
        }
    }
    if (s.colour != ImageColour::Rgb) {  // read here sample by sample: whole numbers of 1–16 bits
        if (format != SAMPLEFORMAT_UINT)
            return Diagnostic{0,
                              "a TIFF with floating-point or signed samples: save it with 8 "
                              "bits per sample"};
        const bool gray = s.colour == ImageColour::Gray;
        if (!(s.bits == 8 || s.bits == 16 || (gray && (s.bits == 1 || s.bits == 2 || s.bits == 4))))
            return Diagnostic{0, "a TIFF with " + std::to_string(s.bits) +
                                         " bits per sample: save it with 8 bits per sample"};
    }
    return s;
}

// Every strip or tile lies inside the file: a file cut short in copying loses its last ones.
std::optional<Diagnostic> checkDataInFile(TIFF* tif, std::uint64_t size) {
    const std::uint32_t count = TIFFIsTiled(tif) ? TIFFNumberOfTiles(tif) : TIFFNumberOfStrips(tif);
    if (count == 0) return Diagnostic{0, "a damaged TIFF file (no image data)"};
    for (std::uint32_t i = 0; i < count; ++i) {
        int error = 0;
        const std::uint64_t offset = TIFFGetStrileOffsetWithErr(tif, i, &error);
        const std::uint64_t length = TIFFGetStrileByteCountWithErr(tif, i, &error);
        if (error || offset > size || length > size - offset) return Diagnostic{0, kCutShort};
    }
    return std::nullopt;
}

// The samples as stored: one block of rows per plane (one plane unless PlanarConfiguration is
// separate), rows in stored order.
struct StoredRows {
    std::size_t rowBytes = 0;  // one row of one plane
    std::uint32_t height = 0;
    std::vector<std::uint8_t> data;

    std::size_t at(int plane, std::uint32_t y) const {
        return (static_cast<std::size_t>(plane) * height + y) * rowBytes;
    }
    std::uint8_t* row(int plane, std::uint32_t y) { return data.data() + at(plane, y); }
    const std::uint8_t* row(int plane, std::uint32_t y) const { return data.data() + at(plane, y); }
};

bool separatePlanes(const TiffShape& s) {
    return s.planar == PLANARCONFIG_SEPARATE && s.samples > 1;
}

bool readTiles(TIFF* tif, const TiffShape& s, StoredRows& out) {
    std::uint32_t tileWidth = 0, tileHeight = 0;
    TIFFGetField(tif, TIFFTAG_TILEWIDTH, &tileWidth);
    TIFFGetField(tif, TIFFTAG_TILELENGTH, &tileHeight);
    const std::uint64_t tileBytes = TIFFTileSize64(tif), tileRowBytes = TIFFTileRowSize64(tif);
    const int samplesInRow = separatePlanes(s) ? 1 : s.samples;
    // TIFF 6.0 §15: tiles are a multiple of 16 pixels wide, so each starts on a whole byte.
    if (tileWidth == 0 || tileHeight == 0 || tileBytes == 0 || tileBytes > (1u << 30) ||
        std::uint64_t{tileWidth} * samplesInRow * s.bits % 8 != 0)
        return false;
    std::vector<std::uint8_t> tile(tileBytes);
    const int planes = separatePlanes(s) ? s.samples : 1;
    for (int plane = 0; plane < planes; ++plane) {
        for (std::uint32_t ty = 0; ty < s.height; ty += tileHeight) {
            for (std::uint32_t tx = 0; tx < s.width; tx += tileWidth) {
                if (TIFFReadTile(tif, tile.data(), tx, ty, 0, static_cast<std::uint16_t>(plane)) <
                    0)
                    return false;
                const std::uint64_t start = std::uint64_t{tx} * samplesInRow * s.bits / 8;
                const std::uint64_t n = std::min<std::uint64_t>(tileRowBytes, out.rowBytes - start);
                const std::uint32_t rows = std::min(tileHeight, s.height - ty);
                for (std::uint32_t r = 0; r < rows; ++r)
                    std::memcpy(out.row(plane, ty + r) + start, tile.data() + r * tileRowBytes, n);
            }
        }
    }
    return true;
}

bool readStoredRows(TIFF* tif, const TiffShape& s, StoredRows& out) {
    const int planes = separatePlanes(s) ? s.samples : 1;
    const int samplesInRow = separatePlanes(s) ? 1 : s.samples;
    out.rowBytes = (std::uint64_t{s.width} * samplesInRow * s.bits + 7) / 8;
    out.height = s.height;
    out.data.assign(out.rowBytes * s.height * planes, 0);
    if (TIFFIsTiled(tif)) return readTiles(tif, s, out);
    if (TIFFScanlineSize64(tif) != out.rowBytes) return false;
    // Row after row and plane after plane: the order strips are stored in, which compressed
    // strips need (no seeking back inside a strip).
    for (int plane = 0; plane < planes; ++plane) {
        for (std::uint32_t y = 0; y < s.height; ++y) {
            if (TIFFReadScanline(tif, out.row(plane, y), y, static_cast<std::uint16_t>(plane)) < 0)
                return false;
        }
    }
    return true;
}

// Sample `index` of a stored row, scaled to 8 bits. libtiff hands 16-bit samples in the
// machine's byte order and packs smaller ones from the high bit (it undoes FillOrder 2 itself).
std::uint8_t sampleAt(const std::uint8_t* row, std::size_t index, int bits) {
    if (bits == 8) return row[index];
    if (bits == 16) {
        std::uint16_t v;
        std::memcpy(&v, row + 2 * index, 2);
        return static_cast<std::uint8_t>((v * 255u + 32767u) / 65535u);
    }
    const std::size_t bit = index * static_cast<std::size_t>(bits);
    const unsigned mask = (1u << bits) - 1;
    const unsigned v = (row[bit / 8] >> (8 - bits - static_cast<int>(bit % 8))) & mask;
    return static_cast<std::uint8_t>(v * 255 / mask);
}

RasterImage unpack(const StoredRows& stored, const TiffShape& s) {
    RasterImage image{static_cast<int>(s.width), static_cast<int>(s.height), s.colour, {}, {}};
    const int channels = channelsOf(s.colour);
    image.samples.resize(std::size_t{s.width} * s.height * static_cast<std::size_t>(channels));
    const bool separate = separatePlanes(s);
    auto sample = [&](std::uint32_t x, std::uint32_t y, int c) {
        return separate ? sampleAt(stored.row(c, y), x, s.bits)
                        : sampleAt(stored.row(0, y), std::size_t{x} * s.samples + c, s.bits);
    };
    std::uint8_t* to = image.samples.data();
    for (std::uint32_t y = 0; y < s.height; ++y) {
        for (std::uint32_t x = 0; x < s.width; ++x) {
            const std::uint8_t alpha = s.alpha >= 0 ? sample(x, y, s.alpha) : 255;
            for (int c = 0; c < channels; ++c) {
                std::uint8_t v = sample(x, y, c);
                if (s.minIsWhite) v = 255 - v;  // 0 is white: a scanner's or fax's gray
                if (s.alpha >= 0) {
                    v = s.premultiplied ? premultipliedOverPaper(v, alpha, s.colour)
                                        : overPaper(v, alpha, s.colour);
                }
                *to++ = v;
            }
        }
    }
    return image;
}

// TIFF 6.0 Orientation: where the stored rows and columns go. 5–8 swap them (a camera held
// upright); the image is turned so that its first row is the top, its first column the left.
RasterImage reoriented(RasterImage stored, int orientation) {
    if (orientation == ORIENTATION_TOPLEFT) return stored;
    const int w = stored.width, h = stored.height;
    const std::size_t n = static_cast<std::size_t>(channelsOf(stored.colour));
    const bool swap = orientation >= ORIENTATION_LEFTTOP;
    RasterImage out{swap ? h : w, swap ? w : h, stored.colour, {}, std::move(stored.iccProfile)};
    out.samples.resize(stored.samples.size());
    for (int y = 0; y < out.height; ++y) {
        for (int x = 0; x < out.width; ++x) {
            int sx = x, sy = y;  // the stored pixel shown at (x, y)
            switch (orientation) {
                case ORIENTATION_TOPRIGHT:
                    sx = w - 1 - x;
                    break;
                case ORIENTATION_BOTRIGHT:
                    sx = w - 1 - x, sy = h - 1 - y;
                    break;
                case ORIENTATION_BOTLEFT:
                    sy = h - 1 - y;
                    break;
                case ORIENTATION_LEFTTOP:
                    sx = y, sy = x;
                    break;
                case ORIENTATION_RIGHTTOP:
                    sx = y, sy = h - 1 - x;
                    break;
                case ORIENTATION_RIGHTBOT:
                    sx = w - 1 - y, sy = h - 1 - x;
                    break;
                case ORIENTATION_LEFTBOT:
                    sx = w - 1 - y, sy = x;
                    break;
                default:
                    break;
            }
            std::memcpy(&out.samples[(std::size_t{static_cast<unsigned>(y)} * out.width + x) * n],
                        &stored.samples[(std::size_t{static_cast<unsigned>(sy)} * w + sx) * n], n);
        }
    }
    return out;
}

Result<RasterImage> decodeThroughRgba(TIFF* tif, const TiffSource& source, const TiffShape& s) {
    char why[1024] = "";
    if (!TIFFRGBAImageOK(tif, why))
        return Diagnostic{0, std::string("a TIFF Banmian cannot read (") + why + ")"};
    std::vector<std::uint32_t> raster(std::size_t{s.width} * s.height);
    // Asked for the file's own orientation, libtiff hands the rows as stored; reoriented() then
    // turns them as it does gray and CMYK (libtiff's own turning ignores the swaps of 5–8).
    if (!TIFFReadRGBAImageOriented(tif, s.width, s.height, raster.data(), s.orientation, 1))
        return damaged(source);
    RasterImage image{
            static_cast<int>(s.width), static_cast<int>(s.height), ImageColour::Rgb, {}, {}};
    image.samples.reserve(raster.size() * 3);
    for (const std::uint32_t pixel : raster) {
        const auto alpha = static_cast<std::uint8_t>(TIFFGetA(pixel));  // premultiplied by libtiff
        for (const std::uint32_t v : {TIFFGetR(pixel), TIFFGetG(pixel), TIFFGetB(pixel)}) {
            image.samples.push_back(
                    premultipliedOverPaper(static_cast<std::uint8_t>(v), alpha, ImageColour::Rgb));
        }
    }
    return reoriented(std::move(image), s.orientation);
}

// ICC.1 Annex B: a TIFF keeps the profile in tag 34675 (InterColorProfile).
std::string iccProfileOf(TIFF* tif) {
    std::uint32_t length = 0;
    void* profile = nullptr;
    if (!TIFFGetField(tif, TIFFTAG_ICCPROFILE, &length, &profile) || !profile) return {};
    return std::string(static_cast<const char*>(profile), length);
}

}  // namespace

Result<ImageInfo> readTiffInfo(std::string_view bytes) {
    TiffSource source{bytes, 0, {}};
    TiffFile file{openTiff(source)};
    if (!file.tif) return damaged(source);
    const auto shape = shapeOf(file.tif);
    if (!shape) return shape.error();
    if (auto error = checkDataInFile(file.tif, bytes.size())) return *error;
    const TiffShape& s = shape.value();
    const bool swap = s.orientation >= ORIENTATION_LEFTTOP;
    const int w = static_cast<int>(s.width), h = static_cast<int>(s.height);
    return ImageInfo{ImageKind::Tiff, swap ? h : w, swap ? w : h, s.colour};
}

Result<RasterImage> decodeTiff(std::string_view bytes) {
    TiffSource source{bytes, 0, {}};
    TiffFile file{openTiff(source)};
    if (!file.tif) return damaged(source);
    const auto shape = shapeOf(file.tif);
    if (!shape) return shape.error();
    if (auto error = checkDataInFile(file.tif, bytes.size())) return *error;
    const TiffShape& s = shape.value();
    std::string iccProfile = iccProfileOf(file.tif);
    if (s.colour == ImageColour::Rgb) {
        auto rgb = decodeThroughRgba(file.tif, source, s);
        if (!rgb) return rgb;
        RasterImage image = std::move(rgb).value();
        image.iccProfile = std::move(iccProfile);
        return image;
    }
    StoredRows stored;
    if (!readStoredRows(file.tif, s, stored)) return damaged(source);
    RasterImage image = reoriented(unpack(stored, s), s.orientation);
    image.iccProfile = std::move(iccProfile);
    return image;
}

}  // namespace banmian::layout
