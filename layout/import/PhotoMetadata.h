#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "layout/base/Diagnostic.h"
#include "layout/base/Result.h"

namespace banmian::layout {

/// What a photo file says of itself for the page: its caption, who took it and for whom — from
/// IPTC (what picture desks and agencies write), XMP or Exif, in that order — decoded to UTF-8.
struct PhotoMetadata {
    std::string caption;  ///< IPTC Caption, XMP dc:description (x-default), Exif ImageDescription
    std::string names;    ///< IPTC By-line, XMP dc:creator, Exif Artist: the photographer(s)
    std::string agency;   ///< IPTC Credit, XMP photoshop:Credit: the agency or source
    /// Text that could not be decoded (neither the declared UTF-8 nor GB18030), left out: said
    /// as warnings by the caller.
    std::vector<std::string> undecodable;
};

/// The caption and credit of a JPEG, PNG or TIFF file's bytes. IPTC text is bytes in the
/// character set the record declares (ESC % G: UTF-8) or, in files from before it was declared
/// (Founder-era desks), GB18030: both come back right. An error when the metadata is damaged.
Result<PhotoMetadata> readPhotoMetadata(std::string_view bytes);

}  // namespace banmian::layout
