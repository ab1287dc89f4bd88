#include "fonts/FontFace.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <mutex>

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H
#include <hb-ot.h>
#include <hb.h>

namespace banmian::fonts {
namespace {

// One FreeType library for the process's faces; FreeType faces are used from one thread at a time.
FT_Library library() {
    static FT_Library lib = [] {
        FT_Library l = nullptr;
        FT_Init_FreeType(&l);
        return l;
    }();
    return lib;
}

// Opening and closing a face changes the library's list of faces: two registries used from two
// threads (the window's, and the one auto-composing beside it) must not do it at once, as
// FreeType's documentation asks of a library shared between threads.
std::mutex& libraryMutex() {
    static std::mutex mutex;
    return mutex;
}

struct OutlineSink {
    GlyphOutline outline;
    bool open = false;

    void close() {
        if (open) outline.commands.push_back({OutlineCommand::Verb::Close, {}, {}});
        open = false;
    }
};

OutlineSink& sink(void* user) {
    return *static_cast<OutlineSink*>(user);
}

int moveTo(const FT_Vector* to, void* user) {
    sink(user).close();
    sink(user).outline.commands.push_back(
            {OutlineCommand::Verb::Move, {float(to->x), 0, 0}, {float(to->y), 0, 0}});
    sink(user).open = true;
    return 0;
}

int lineTo(const FT_Vector* to, void* user) {
    sink(user).outline.commands.push_back(
            {OutlineCommand::Verb::Line, {float(to->x), 0, 0}, {float(to->y), 0, 0}});
    return 0;
}

int conicTo(const FT_Vector* control, const FT_Vector* to, void* user) {
    sink(user).outline.commands.push_back({OutlineCommand::Verb::Quad,
                                           {float(control->x), float(to->x), 0},
                                           {float(control->y), float(to->y), 0}});
    return 0;
}

int cubicTo(const FT_Vector* c1, const FT_Vector* c2, const FT_Vector* to, void* user) {
    sink(user).outline.commands.push_back({OutlineCommand::Verb::Cubic,
                                           {float(c1->x), float(c2->x), float(to->x)},
                                           {float(c1->y), float(c2->y), float(to->y)}});
    return 0;
}

}  // namespace

std::unique_ptr<FontFace> FontFace::load(const FaceInfo& info, std::string& error) {
    std::unique_ptr<FontFace> face(new FontFace);
    face->m_info = info;
    const std::string path = info.path.string();
    // Mapped, not read: a Noto CJK collection is tens of megabytes of which a page uses little.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat st {};
    if (fd < 0 || ::fstat(fd, &st) != 0 || st.st_size <= 0) {
        // errno says nothing about an empty file ("Success").
        const std::string why = fd >= 0 && st.st_size <= 0 && S_ISREG(st.st_mode)
                                        ? "the file is empty"
                                        : std::strerror(errno);
        error = "cannot read font file " + path + ": " + why;
        if (fd >= 0) ::close(fd);
        return nullptr;
    }
    void* data =
            ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (data == MAP_FAILED) {
        error = "cannot map font file " + path + ": " + std::strerror(errno);
        return nullptr;
    }
    face->m_data = static_cast<const unsigned char*>(data);
    face->m_size = static_cast<std::size_t>(st.st_size);

    FT_Error opened = 0;
    {
        const std::lock_guard lock(libraryMutex());
        opened = FT_New_Memory_Face(library(), face->m_data, static_cast<FT_Long>(face->m_size),
                                    info.faceIndex, &face->m_ftFace);
    }
    if (opened != 0) {
        error = "cannot open face " + std::to_string(info.faceIndex) + " of font file " + path;
        return nullptr;
    }
    face->m_blob = hb_blob_create(reinterpret_cast<const char*>(face->m_data),
                                  static_cast<unsigned>(face->m_size), HB_MEMORY_MODE_READONLY,
                                  nullptr, nullptr);
    face->m_hbFace = hb_face_create(face->m_blob, static_cast<unsigned>(info.faceIndex));
    face->m_hbFont = hb_font_create(face->m_hbFace);
    const int upem = static_cast<int>(hb_face_get_upem(face->m_hbFace));
    hb_font_set_scale(face->m_hbFont, upem, upem);

    FaceMetrics& m = face->m_metrics;
    m.unitsPerEm = upem;
    hb_font_extents_t extents{};
    hb_font_get_h_extents(face->m_hbFont, &extents);
    m.ascender = extents.ascender;
    m.descender = extents.descender;
    m.lineGap = extents.line_gap;
    const hb_tag_t han = HB_TAG('h', 'a', 'n', 'i');
    hb_position_t top = 0, bottom = 0;
    hb_ot_layout_get_baseline_with_fallback(face->m_hbFont,
                                            HB_OT_LAYOUT_BASELINE_TAG_IDEO_EMBOX_TOP_OR_RIGHT,
                                            HB_DIRECTION_LTR, han, HB_TAG_NONE, &top);
    hb_ot_layout_get_baseline_with_fallback(face->m_hbFont,
                                            HB_OT_LAYOUT_BASELINE_TAG_IDEO_EMBOX_BOTTOM_OR_LEFT,
                                            HB_DIRECTION_LTR, han, HB_TAG_NONE, &bottom);
    if (top - bottom == upem) {
        m.ideoEmBoxTop = top;
        m.ideoEmBoxBottom = bottom;
    } else {  // no usable BASE table: centre an em on the ascender–descender span
        const int middle = (m.ascender + m.descender) / 2;
        m.ideoEmBoxTop = middle + upem / 2;
        m.ideoEmBoxBottom = middle - upem / 2;
    }
    return face;
}

FontFace::~FontFace() {
    if (m_hbFont) hb_font_destroy(m_hbFont);
    if (m_hbFace) hb_face_destroy(m_hbFace);
    if (m_blob) hb_blob_destroy(m_blob);
    if (m_ftFace) {
        const std::lock_guard lock(libraryMutex());
        FT_Done_Face(m_ftFace);
    }
    if (m_data) ::munmap(const_cast<unsigned char*>(m_data), m_size);
}

std::uint32_t FontFace::glyphFor(char32_t c) const {
    hb_codepoint_t glyph = 0;
    return hb_font_get_nominal_glyph(m_hbFont, c, &glyph) ? glyph : 0;
}

std::int32_t FontFace::advance(std::uint32_t glyph) const {
    return hb_font_get_glyph_h_advance(m_hbFont, glyph);
}

FontFace::VerticalMetrics FontFace::vertical(std::uint32_t glyph) const {
    VerticalMetrics m;
    // HarfBuzz's vertical advances point down the page: negative, as y is up.
    m.advance = -hb_font_get_glyph_v_advance(m_hbFont, glyph);
    hb_position_t x = 0, y = 0;
    hb_font_get_glyph_v_origin(m_hbFont, glyph, &x, &y);
    m.originX = x;
    m.originY = y;
    return m;
}

GlyphOutline FontFace::outline(std::uint32_t glyph) const {
    OutlineSink out;
    if (FT_Load_Glyph(m_ftFace, glyph, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) !=
                0 ||
        m_ftFace->glyph->format != FT_GLYPH_FORMAT_OUTLINE) {
        return {};
    }
    const FT_Outline_Funcs funcs = {moveTo, lineTo, conicTo, cubicTo, 0, 0};
    FT_Outline_Decompose(&m_ftFace->glyph->outline, &funcs, &out);
    out.close();
    return std::move(out.outline);
}

}  // namespace banmian::fonts
