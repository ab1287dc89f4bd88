#include "layout/import/PhotoMetadata.h"

#include <exiv2/exiv2.hpp>
#include <mutex>

#include "layout/base/Utf8.h"
#include "layout/import/PhotoCredit.h"
#include "layout/import/TextDecoder.h"

namespace banmian::layout {
namespace {

// exiv2's XMP toolkit must be set up once before any thread reads XMP; and exiv2 prints its own
// warnings on stderr, which the command's one-line-per-problem output must not carry: what is
// wrong comes back as this stage's diagnostics instead.
void setUpExiv2() {
    static std::once_flag once;
    std::call_once(once, [] {
        Exiv2::XmpParser::initialize();
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
    });
}

// IPTC's "ESC % G": the record's text is UTF-8 (IPTC IIM 1:90 CodedCharacterSet).
bool declaresUtf8(const Exiv2::IptcData& iptc) {
    const auto set = iptc.findKey(Exiv2::IptcKey("Iptc.Envelope.CharacterSet"));
    return set != iptc.end() && set->toString() == "\x1B%G";
}

// Text as a file's bytes hold it: UTF-8 when declared and valid; otherwise whichever of UTF-8 and
// GB18030 the bytes are (old Chinese desks wrote GB2312/GBK and declared nothing).
std::string decoded(std::string_view bytes, bool utf8Declared, const char* what,
                    PhotoMetadata& metadata) {
    const std::string_view raw = trimSpace(bytes);
    if (raw.empty()) return {};
    if (utf8Declared && utf8::findInvalid(raw) == std::string_view::npos) return std::string(raw);
    const auto text = decodeText(raw);
    if (!text) {
        metadata.undecodable.push_back(what);
        return {};
    }
    return std::string(trimSpace(text.value().utf8));
}

std::string iptcText(const Exiv2::IptcData& iptc, const char* key, bool utf8Declared,
                     PhotoMetadata& metadata) {
    // By-line repeats, one photographer each: joined as a list photoCredit() reads.
    std::string joined;
    for (const Exiv2::Iptcdatum& datum : iptc) {
        if (datum.key() != key) continue;
        const std::string text = decoded(datum.toString(), utf8Declared, key, metadata);
        if (!text.empty()) joined += (joined.empty() ? "" : "、") + text;
    }
    return joined;
}

std::string xmpText(const Exiv2::XmpData& xmp, const char* key) {
    const auto found = xmp.findKey(Exiv2::XmpKey(key));
    if (found == xmp.end()) return {};
    const Exiv2::Value& value = found->value();
    if (value.typeId() == Exiv2::langAlt) {
        // The default language's text, else the first there is.
        const auto& alternatives = static_cast<const Exiv2::LangAltValue&>(value).value_;
        const auto preferred = alternatives.find("x-default");
        if (preferred != alternatives.end()) return std::string(trimSpace(preferred->second));
        return alternatives.empty() ? std::string()
                                    : std::string(trimSpace(alternatives.begin()->second));
    }
    std::string joined;
    for (long i = 0; i < value.count(); ++i) {
        const std::string item(trimSpace(value.toString(i)));
        if (!item.empty()) joined += (joined.empty() ? "" : "、") + item;
    }
    return joined;
}

std::string exifText(const Exiv2::ExifData& exif, const char* key, PhotoMetadata& metadata) {
    const auto found = exif.findKey(Exiv2::ExifKey(key));
    if (found == exif.end()) return {};
    return decoded(found->toString(), false, key, metadata);
}

// What cameras write into ImageDescription by themselves: no caption at all.
bool isCameraDefault(std::string_view description) {
    return description.find("DIGITAL CAMERA") != std::string_view::npos ||
           description == "SONY DSC" || description.starts_with("DCIM");
}

std::string firstOf(std::initializer_list<std::string> candidates) {
    for (const std::string& c : candidates) {
        if (!c.empty()) return c;
    }
    return {};
}

}  // namespace

Result<PhotoMetadata> readPhotoMetadata(std::string_view bytes) {
    setUpExiv2();
    PhotoMetadata metadata;
    try {
        auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte*>(bytes.data()),
                                               static_cast<long>(bytes.size()));
        image->readMetadata();
        const Exiv2::IptcData& iptc = image->iptcData();
        const Exiv2::XmpData& xmp = image->xmpData();
        const Exiv2::ExifData& exif = image->exifData();
        const bool utf8 = declaresUtf8(iptc);

        std::string description = exifText(exif, "Exif.Image.ImageDescription", metadata);
        if (isCameraDefault(description)) description.clear();
        metadata.caption = firstOf({iptcText(iptc, "Iptc.Application2.Caption", utf8, metadata),
                                    xmpText(xmp, "Xmp.dc.description"), description});
        metadata.names = firstOf({iptcText(iptc, "Iptc.Application2.Byline", utf8, metadata),
                                  xmpText(xmp, "Xmp.dc.creator"),
                                  exifText(exif, "Exif.Image.Artist", metadata)});
        metadata.agency = firstOf({iptcText(iptc, "Iptc.Application2.Credit", utf8, metadata),
                                   xmpText(xmp, "Xmp.photoshop.Credit")});
    } catch (const std::exception& e) {
        return Diagnostic{0,
                          std::string("its caption and credit cannot be read (") + e.what() + ")"};
    }
    return metadata;
}

}  // namespace banmian::layout
