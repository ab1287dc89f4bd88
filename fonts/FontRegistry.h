#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "fonts/FontCatalog.h"
#include "fonts/FontFace.h"
#include "fonts/FontId.h"

namespace banmian::fonts {

/// A face lookup's outcome: the loaded face's id, or a message that says what to install.
struct FontIdResult {
    std::optional<FontId> id;
    std::string error;

    bool ok() const { return id.has_value(); }
    explicit operator bool() const { return ok(); }
};

/// The installed fonts and the faces loaded from them, each loaded once and known by its FontId.
/// Used from one thread (FreeType faces are not shared across threads); registries of their own may
/// be used in several threads at once.
class FontRegistry {
public:
    /// Scans the system's font directories.
    FontRegistry();
    explicit FontRegistry(FontCatalog catalog);

    const FontCatalog& catalog() const { return m_catalog; }

    /// The face `info` describes, loaded on first use.
    FontIdResult load(const FaceInfo& info);
    /// The face a newsroom role stands for (书宋 → Noto Serif CJK SC …), see FontRole.h.
    FontIdResult forRole(FontRole role, std::optional<int> weight = std::nullopt,
                         CjkRegion region = CjkRegion::SC);
    /// The face of `id`'s Noto CJK family made for `region` at the same weight ("Noto Serif CJK
    /// SC" Bold → "Noto Serif CJK TC" Bold); `id` itself for any other family (LXGW WenKai) or
    /// when that face is not installed.
    FontId regional(FontId id, CjkRegion region);
    /// The face of `family` nearest to `weight`.
    FontIdResult forFamily(std::string_view family, int weight = 400);

    const FontFace& face(FontId id) const { return *m_faces.at(id.value); }

    /// The `index`-th face to look in for a character: 0 is `primary` itself, then Noto Serif CJK
    /// SC, Noto Sans CJK SC and LXGW WenKai (the faces of the roles), one face of every other
    /// family made for CJK text, then of every other family (for symbols); each at the weight
    /// nearest the primary's, upright, and none from a file already in the chain. Fixed, so that a
    /// page comes out the same on every machine with the same fonts; each face is loaded only when
    /// a character needs it. Nothing past the last.
    /// With a region, the Noto faces of the chain are that region's (TC, HK), so that a character
    /// a traditional paragraph's face lacks comes in its traditional form.
    std::optional<FontId> fallback(FontId primary, std::size_t index,
                                   CjkRegion region = CjkRegion::SC);

private:
    FontCatalog m_catalog;
    std::vector<std::unique_ptr<FontFace>> m_faces;
    std::map<std::pair<std::string, int>, FontId> m_loaded;  // (path, face index) -> id
    // Per primary face: the faces to try, in order, and those loaded so far.
    struct Chain {
        std::vector<const FaceInfo*> faces;
        std::vector<std::optional<FontId>> loaded;
    };
    std::map<std::pair<std::uint32_t, CjkRegion>, Chain> m_chains;  // by (primary, region)
};

}  // namespace banmian::fonts
