// JPEG files: the header read by hand (cheap, for the preflight, JpegInfo.cpp), the pixels and
// the embedded colour profile by libjpeg(-turbo).

// These three in this order: jpeglib.h uses FILE and size_t without including what declares
// them; jerror.h, the message codes (JWRN_…) that tell damaged data from harmless oddities, comes
// after jpeglib.h, whose jconfig.h decides which codes there are.
// clang-format off
#include <stdio.h>
#include <jpeglib.h>
#include <jerror.h>
// clang-format on

#include <csetjmp>
#include <cstdlib>
#include <cstring>
#include <string>

#include "layout/image/ImageFormats.h"
#include "layout/image/JpegInfo.h"

namespace banmian::layout {
namespace {

const char* const kCutShort =
        "the JPEG file is cut short, its end is missing (truncated?): copy or save it again";

// More scans than any encoder writes (a progressive JPEG has about 10): a damaged or hostile file
// can hold thousands, each a pass over the whole image. libjpeg-turbo's TurboJPEG API stops at
// 500 for the same reason.
constexpr int kMaxScans = 500;

}  // namespace

Result<ImageInfo> readJpegImageInfo(std::string_view bytes) {
    const auto jpeg = readJpegInfo(bytes);
    if (!jpeg) return jpeg.error();
    const JpegInfo& j = jpeg.value();
    if (!j.complete) return Diagnostic{0, kCutShort};
    ImageInfo info{ImageKind::Jpeg, j.width, j.height, ImageColour::Gray};
    switch (j.components) {
        case 1:
            info.colour = ImageColour::Gray;
            break;
        case 3:
            info.colour = ImageColour::Rgb;
            break;
        case 4:
            info.colour = ImageColour::Cmyk;
            break;
        default:
            return Diagnostic{0, "a JPEG with " + std::to_string(j.components) +
                                         " colour components: save it as CMYK or gray"};
    }
    return info;
}

namespace {

// What libjpeg's callbacks see, and the decoder's state. The caller owns it, so that a longjmp
// from libjpeg's error handler unwinds past no C++ object: the functions that call setjmp hold
// trivial locals only, and the error handler writes into this plain struct.
struct JpegDecoder {
    jpeg_decompress_struct cinfo;  // first: the callbacks get &cinfo and cast it back
    jpeg_error_mgr errors;
    jpeg_progress_mgr progress;
    std::jmp_buf jump;
    bool created;
    int code;  // libjpeg's message code of the error (JERR_…, JWRN_…), or -1
    char error[JMSG_LENGTH_MAX];
    JOCTET* icc;  // the embedded profile, malloc'd by jpeg_read_icc_profile()
    unsigned int iccLength;
};

JpegDecoder* decoderOf(j_common_ptr cinfo) {
    return reinterpret_cast<JpegDecoder*>(cinfo);
}

[[noreturn]] void failWithMessage(j_common_ptr cinfo) {
    JpegDecoder* decoder = decoderOf(cinfo);
    decoder->code = cinfo->err->msg_code;
    (*cinfo->err->format_message)(cinfo, decoder->error);
    // Back to the setjmp of the step that called libjpeg; libjpeg's own error_exit would print
    // to stderr and exit the program.
    std::longjmp(decoder->jump, 1);
}

// libjpeg reads on over damage, as a viewer should, and only warns: for lost scan data it fills
// in gray (JWRN_HIT_MARKER, JWRN_JPEG_EOF at the end of the file), for bad entropy codes it
// guesses. A photo on a plate must be whole, so those warnings are errors here. What does not
// change a pixel (bytes between markers, a newer JFIF version) stays a warning, unprinted.
void onMessage(j_common_ptr cinfo, int level) {
    if (level >= 0) return;  // trace messages
    switch (cinfo->err->msg_code) {
        case JWRN_JPEG_EOF:           // the data ends before the image does
        case JWRN_HIT_MARKER:         // a scan ends before its image data does
        case JWRN_MUST_RESYNC:        // restart markers out of order: rows lost
        case JWRN_HUFF_BAD_CODE:      // entropy-coded data that decodes to nothing
        case JWRN_ARITH_BAD_CODE:     // the same in arithmetic coding
        case JWRN_BOGUS_PROGRESSION:  // progressive scans that leave coefficients out
        case JWRN_NOT_SEQUENTIAL:     // a baseline scan that does not cover its components
        case JWRN_BOGUS_ICC:          // ICC_PROFILE markers that do not make one profile
            failWithMessage(cinfo);
        default:
            break;
    }
}

void countScans(j_common_ptr cinfo) {
    auto* d = reinterpret_cast<j_decompress_ptr>(cinfo);
    if (d->input_scan_number > kMaxScans) {
        JpegDecoder* decoder = decoderOf(cinfo);
        decoder->code = -1;
        std::snprintf(decoder->error, sizeof decoder->error, "more than %d scans", kMaxScans);
        std::longjmp(decoder->jump, 1);
    }
}

bool create(JpegDecoder* decoder) {
    decoder->cinfo.err = jpeg_std_error(&decoder->errors);
    decoder->errors.error_exit = failWithMessage;
    decoder->errors.emit_message = onMessage;
    if (setjmp(decoder->jump)) return false;
    jpeg_create_decompress(&decoder->cinfo);
    decoder->created = true;
    decoder->progress.progress_monitor = countScans;
    decoder->cinfo.progress = &decoder->progress;
    return true;
}

// The header up to the first scan, and the ICC profile from the APP2 markers before it.
bool readHeader(JpegDecoder* decoder, const unsigned char* data, unsigned long size,
                J_COLOR_SPACE out) {
    if (setjmp(decoder->jump)) return false;
    jpeg_mem_src(&decoder->cinfo, data, size);
    // ICC.1 Annex B.4: a profile too large for one marker (64 KB) is cut into chunks, each
    // an APP2 marker starting "ICC_PROFILE\0" and its number; libjpeg-turbo joins them.
    jpeg_save_markers(&decoder->cinfo, JPEG_APP0 + 2, 0xFFFF);
    jpeg_read_header(&decoder->cinfo, TRUE);
    jpeg_read_icc_profile(&decoder->cinfo, &decoder->icc, &decoder->iccLength);
    // Gray stays gray; YCbCr (and RGB stored as such) comes out as RGB; YCCK is turned into
    // CMYK (Adobe TN 5116: Y, Cb, Cr of the inverted C, M, Y, and K as stored).
    decoder->cinfo.out_color_space = out;
    jpeg_start_decompress(&decoder->cinfo);
    return true;
}

// Every row into `rows` (rowBytes apart), then the rest of the file up to its end marker.
bool readRows(JpegDecoder* decoder, unsigned char* rows, std::size_t rowBytes) {
    if (setjmp(decoder->jump)) return false;
    while (decoder->cinfo.output_scanline < decoder->cinfo.output_height) {
        JSAMPROW row = rows + decoder->cinfo.output_scanline * rowBytes;
        jpeg_read_scanlines(&decoder->cinfo, &row, 1);
    }
    jpeg_finish_decompress(&decoder->cinfo);
    return true;
}

// Frees libjpeg's state and the profile on every way out.
struct JpegReader {
    JpegDecoder decoder{};
    ~JpegReader() {
        if (decoder.created) jpeg_destroy_decompress(&decoder.cinfo);
        std::free(decoder.icc);
    }
};

}  // namespace

Result<RasterImage> decodeJpeg(std::string_view bytes) {
    // The colour is decided from the header alone, as the preflight sees it; the same check
    // refuses a file cut short (no end marker after the scans) with the preflight's words.
    const auto header = readJpegImageInfo(bytes);
    if (!header) return header.error();
    const ImageColour colour = header.value().colour;
    if (auto error = checkImageSize(header.value().width, header.value().height)) return *error;
    const int channels = channelsOf(colour);
    // Adobe TN 5116: Photoshop stores CMYK inverted (0 = full ink) and writes an APP14 marker;
    // inverted exactly when the PDF writer puts /Decode [1 0 …] on the same file.
    const bool inverted = colour == ImageColour::Cmyk && readJpegInfo(bytes).value().adobeInverted;

    JpegReader reader;
    JpegDecoder* d = &reader.decoder;
    auto damaged = [&] {
        if (d->code == JWRN_JPEG_EOF) return Diagnostic{0, kCutShort};
        if (d->code == JWRN_BOGUS_ICC) {
            return Diagnostic{0,
                              "the JPEG's embedded colour profile (its ICC_PROFILE markers) is "
                              "damaged: save the photo again with its profile"};
        }
        if (d->code == JERR_BAD_PRECISION || d->code == JERR_SOF_UNSUPPORTED) {
            // 12-bit and lossless JPEG (ITU T.81 processes libjpeg-turbo 2.1 does not decode):
            // medical and scientific files, whole but not for print.
            return Diagnostic{0, std::string("a JPEG Banmian cannot read (") + d->error +
                                         "): save it as an ordinary 8-bit JPEG"};
        }
        return Diagnostic{0, std::string("a damaged JPEG file (") + d->error + "): save it again"};
    };
    if (!create(d)) return Diagnostic{0, std::string("libjpeg failed to start (") + d->error + ")"};
    const J_COLOR_SPACE out = colour == ImageColour::Gray  ? JCS_GRAYSCALE
                              : colour == ImageColour::Rgb ? JCS_RGB
                                                           : JCS_CMYK;
    if (!readHeader(d, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), out))
        return damaged();
    const jpeg_decompress_struct& c = d->cinfo;
    if (auto error = checkImageSize(c.output_width, c.output_height)) return *error;
    if (c.output_components != channels ||
        static_cast<int>(c.output_width) != header.value().width ||
        static_cast<int>(c.output_height) != header.value().height)
        return Diagnostic{0,
                          "a damaged JPEG file (two frame headers that disagree): save it again"};

    RasterImage image{
            static_cast<int>(c.output_width), static_cast<int>(c.output_height), colour, {}, {}};
    const std::size_t rowBytes = std::size_t{c.output_width} * static_cast<std::size_t>(channels);
    image.samples.resize(rowBytes * c.output_height);
    if (!readRows(d, image.samples.data(), rowBytes)) return damaged();
    if (inverted) {
        for (std::uint8_t& v : image.samples) v = static_cast<std::uint8_t>(255 - v);
    }
    if (d->icc) image.iccProfile.assign(reinterpret_cast<const char*>(d->icc), d->iccLength);
    return image;
}

}  // namespace banmian::layout
