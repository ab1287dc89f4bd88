#pragma once

#include <optional>
#include <string>
#include <vector>

#include "layout/colour/PrintPhotos.h"
#include "layout/image/RasterImage.h"
#include "layout/model/Block.h"
#include "layout/model/PrintSettings.h"
#include "layout/model/Story.h"
#include "layout/output/PageLayout.h"

namespace banmian::layout {

/// What the photo file at `path` is (size, colour), or why it cannot go into the print PDF: it
/// cannot be read, or it is not a JPEG, PNG or TIFF the PDF writer takes. The preflight's check,
/// and the one made when a designer chooses a photo for a frame.
Result<ImageInfo> photoInfo(const std::string& path);

/// Where block `block`'s photo `photo` prints: the frame `layout` gives it (the photo's grid
/// rectangle less the caption lines set in it), or, on a page not composed yet, its grid
/// rectangle.
Rect photoRect(const Page& page, const PageLayout& layout, std::size_t block, std::size_t photo);

/// A photo's effective resolution in its frame, as the plant's RIP gets it, and what the
/// document's thresholds make of it.
struct PhotoResolution {
    int ppi = 0;  ///< pixels an inch at the size it prints (placePhoto()), to the nearest whole
    /// Error under PrintSettings::minPhotoPpi (the print export refuses it), Warning under
    /// goodPhotoPpi, none from there up.
    std::optional<Severity> finding;
};

/// The resolution of a photo of `info`'s pixels filling `frame` as `crop` crops it (a picture
/// scaled up in its frame has fewer pixels an inch), judged by `print`.
PhotoResolution photoResolution(const ImageInfo& info, const Rect& frame,
                                const PrintSettings& print, const PhotoCrop& crop = {});

/// Checks a composed page before export, each finding with its place (the block, its story's
/// headline, the text, the paragraph): what the layout says — overset text and characters no
/// installed face has, errors the print export refuses, and lines too wide, as warnings —, then
/// photos missing ("photo-missing"), unreadable, damaged or cut short, not JPEG, PNG or TIFF
/// ("photo-unusable"), photo frames with no photo yet ("photo-placeholder"), and photos under
/// `print`'s minimum resolution where they print ("photo-resolution"), all errors; photos under its
/// good resolution, warnings; then the page's colours (preflightColours). An error blocks the print
/// export unless the user insists; a proof is made whatever the page lacks.
std::vector<Diagnostic> preflight(const Page& page, const PageLayout& layout,
                                  const std::vector<Story>& stories, const PrintSettings& print);

/// What newsprint makes of the page's own colours (not its photos'), one finding per block and
/// kind: text under 10 pt, and rules and frames under 1 pt, in a colour of several inks or a tint
/// ("colour-fine") or reversed out of one ("colour-reversed") — on newsprint the plates' register
/// drifts by a fraction of a millimetre, and such type and lines lose their shape: notes; and a
/// colour of more ink than `print`'s limit ("colour-ink", a warning: the swatch is to change).
std::vector<Diagnostic> preflightColours(const Page& page, const PageLayout& layout,
                                         const std::vector<Story>& stories,
                                         const PrintSettings& print);

/// What the press makes of the page's photos' colour, from `photos` (which the print file then
/// takes, so that each photo is separated once): a note for each photo separated to CMYK
/// ("photo-separated": RGB, or another press's CMYK, and to what), a photo that cannot be
/// ("photo-colour") or whose pixels are damaged where its header is whole ("photo-damaged"),
/// errors: it would print as a placeholder; and a CMYK photo carrying more
/// ink than the plant takes ("photo-ink", a warning: it is the picture desk's separation, and
/// Banmian does not change it).
std::vector<Diagnostic> preflightPhotoColour(const Page& page, const std::vector<Story>& stories,
                                             PrintPhotos& photos);

}  // namespace banmian::layout
