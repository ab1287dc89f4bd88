// PNG files: the header read by hand (cheap, for the preflight), the pixels by libpng.
#include <png.h>

#include <cstdio>
#include <cstring>
#include <string>

#include "layout/image/ImageFormats.h"

namespace banmian::layout {
namespace {

std::uint32_t bigEndian32(std::string_view bytes, std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i) v = v << 8 | static_cast<unsigned char>(bytes[at + i]);
    return v;
}

const char* const kCutShort =
        "the PNG file is cut short, its end is missing (truncated?): copy or save it again";

}  // namespace

// PNG 1.2 §5.3: after the signature, chunks of length, type, data and CRC, IHDR first and IEND
// last. Walking them to IEND tells a whole file from a truncated one without inflating anything.
Result<ImageInfo> readPngInfo(std::string_view bytes) {
    constexpr std::size_t kSignature = 8;
    ImageInfo info{ImageKind::Png, 0, 0, ImageColour::Gray};
    int colourType = -1;
    bool grayPalette = false, palette = false, data = false;
    for (std::size_t p = kSignature;;) {
        if (p + 8 > bytes.size()) return Diagnostic{0, kCutShort};
        const std::uint32_t length = bigEndian32(bytes, p);
        const std::string_view type = bytes.substr(p + 4, 4);
        if (length > 0x7FFFFFFF) return Diagnostic{0, "a damaged PNG file (a chunk's length)"};
        if (length + 12 > bytes.size() - p) return Diagnostic{0, kCutShort};
        const std::string_view body = bytes.substr(p + 8, length);
        if (p == kSignature) {
            if (type != "IHDR" || length != 13)
                return Diagnostic{0, "a damaged PNG file (no header chunk)"};
            const std::uint32_t width = bigEndian32(body, 0), height = bigEndian32(body, 4);
            if (auto error = checkImageSize(width, height)) return *error;
            info.width = static_cast<int>(width);
            info.height = static_cast<int>(height);
            colourType = static_cast<unsigned char>(body[9]);
        } else if (type == "PLTE") {
            palette = true;
            grayPalette = length % 3 == 0;
            for (std::size_t i = 0; grayPalette && i + 2 < length; i += 3)
                grayPalette = body[i] == body[i + 1] && body[i] == body[i + 2];
        } else if (type == "IDAT") {
            data = true;
        } else if (type == "IEND") {
            break;
        }
        p += 12 + length;
    }
    if (!data) return Diagnostic{0, "a damaged PNG file (no image data)"};
    switch (colourType) {
        case 0:  // gray
        case 4:  // gray and alpha
            info.colour = ImageColour::Gray;
            break;
        case 2:  // RGB
        case 6:  // RGB and alpha
            info.colour = ImageColour::Rgb;
            break;
        case 3:  // a palette: gray when every entry is (a chart saved as indexed gray)
            if (!palette) return Diagnostic{0, "a damaged PNG file (a palette image, no palette)"};
            info.colour = grayPalette ? ImageColour::Gray : ImageColour::Rgb;
            break;
        default:
            return Diagnostic{
                    0, "a damaged PNG file (colour type " + std::to_string(colourType) + ")"};
    }
    return info;
}

namespace {

// What libpng's callbacks see. The caller owns it, so that libpng's longjmp on an error unwinds
// past no C++ object: the functions that call setjmp hold trivial locals only.
struct PngSource {
    const unsigned char* data;
    std::size_t size;
    std::size_t offset;
    char error[200];
};

struct PngShape {
    std::uint32_t width, height;
    int channels;  // after the transforms: 1 gray, 2 gray + alpha, 3 RGB, 4 RGB + alpha
    std::size_t rowBytes;
};

void readFromMemory(png_structp png, png_bytep out, std::size_t count) {
    auto* source = static_cast<PngSource*>(png_get_io_ptr(png));
    if (count > source->size - source->offset) png_error(png, kCutShort);
    std::memcpy(out, source->data + source->offset, count);
    source->offset += count;
}

void keepError(png_structp png, png_const_charp message) {
    auto* source = static_cast<PngSource*>(png_get_error_ptr(png));
    std::snprintf(source->error, sizeof source->error, "%s", message);
    // Back to the setjmp of readHeader or readRows; returning would print to stderr first.
    png_longjmp(png, 1);
}

void ignoreWarning(png_structp, png_const_charp) {}  // what libpng can read, it reads

bool readHeader(png_structp png, png_infop info, PngShape* shape) {
    if (setjmp(png_jmpbuf(png))) return false;
    png_read_info(png, info);
    // To 8 bits per sample: 16-bit samples scaled (rounded, not cut), palettes and 1/2/4-bit gray
    // expanded, a transparent colour (tRNS) made an alpha channel that is flattened later.
    png_set_scale_16(png);
    png_set_expand(png);
    png_set_interlace_handling(png);
    png_read_update_info(png, info);
    shape->width = png_get_image_width(png, info);
    shape->height = png_get_image_height(png, info);
    shape->channels = png_get_channels(png, info);
    shape->rowBytes = png_get_rowbytes(png, info);
    return true;
}

bool readRows(png_structp png, png_infop info, png_bytepp rows) {
    if (setjmp(png_jmpbuf(png))) return false;
    png_read_image(png, rows);
    png_read_end(png, info);  // the chunks after the image, their CRCs checked
    return true;
}

// Frees libpng's structures on every way out.
struct PngReader {
    png_structp png = nullptr;
    png_infop info = nullptr;
    ~PngReader() { png_destroy_read_struct(&png, &info, nullptr); }
};

}  // namespace

Result<RasterImage> decodePng(std::string_view bytes) {
    // The colour is decided from the header alone, as the preflight sees it.
    const auto header = readPngInfo(bytes);
    if (!header) return header.error();
    const ImageColour colour = header.value().colour;

    PngSource source{reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), 0, ""};
    PngReader reader;
    reader.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &source, keepError, ignoreWarning);
    if (reader.png) reader.info = png_create_info_struct(reader.png);
    if (!reader.png || !reader.info) return Diagnostic{0, "out of memory reading a PNG file"};
    png_set_read_fn(reader.png, &source, readFromMemory);
    auto damaged = [&] {
        const std::string why = source.error;
        if (why == kCutShort) return Diagnostic{0, why};
        return Diagnostic{0, "a damaged PNG file (" + why + "): save it again"};
    };

    PngShape shape{};
    if (!readHeader(reader.png, reader.info, &shape)) return damaged();
    if (auto error = checkImageSize(shape.width, shape.height)) return *error;
    std::vector<std::uint8_t> raw(shape.rowBytes * shape.height);
    std::vector<png_bytep> rows(shape.height);
    for (std::uint32_t y = 0; y < shape.height; ++y) rows[y] = raw.data() + y * shape.rowBytes;
    if (!readRows(reader.png, reader.info, rows.data())) return damaged();

    RasterImage image{
            static_cast<int>(shape.width), static_cast<int>(shape.height), colour, {}, {}};
    // PNG 1.2 §4.2.2.4: iCCP, before the image data. libpng drops a profile that is damaged or
    // does not fit the image's colour (an RGB profile on gray) with a warning: then there is none.
    png_charp profileName = nullptr;
    int compression = 0;
    png_bytep profile = nullptr;
    png_uint_32 profileLength = 0;
    if (png_get_iCCP(reader.png, reader.info, &profileName, &compression, &profile,
                     &profileLength) &&
        profile)
        image.iccProfile.assign(reinterpret_cast<const char*>(profile), profileLength);
    const int out = channelsOf(colour), in = shape.channels;
    const bool alpha = in == 2 || in == 4;
    image.samples.resize(std::size_t{shape.width} * shape.height * out);
    std::uint8_t* to = image.samples.data();
    for (std::uint32_t y = 0; y < shape.height; ++y) {
        const std::uint8_t* from = rows[y];
        for (std::uint32_t x = 0; x < shape.width; ++x, from += in) {
            // A gray palette expands to R = G = B: its gray is R.
            for (int c = 0; c < out; ++c) {
                *to++ = alpha ? overPaper(from[c], from[in - 1], colour) : from[c];
            }
        }
    }
    return image;
}

}  // namespace banmian::layout
