#include "fonts/FontRegistry.h"

#include <algorithm>
#include <set>
#include <string>

namespace banmian::fonts {

FontRegistry::FontRegistry() : FontRegistry(FontCatalog()) {}

FontRegistry::FontRegistry(FontCatalog catalog) : m_catalog(std::move(catalog)) {}

FontIdResult FontRegistry::load(const FaceInfo& info) {
    const auto key = std::make_pair(info.path.string(), info.faceIndex);
    if (const auto it = m_loaded.find(key); it != m_loaded.end()) return {it->second, {}};
    std::string error;
    std::unique_ptr<FontFace> face = FontFace::load(info, error);
    if (!face) return {std::nullopt, error};
    const FontId id{static_cast<std::uint32_t>(m_faces.size())};
    m_faces.push_back(std::move(face));
    m_loaded.emplace(key, id);
    return {id, {}};
}

FontIdResult FontRegistry::forRole(FontRole role, std::optional<int> weight, CjkRegion region) {
    const FaceResult found = m_catalog.faceForRole(role, weight, region);
    if (!found) return {std::nullopt, found.error};
    return load(*found.face);
}

FontIdResult FontRegistry::forFamily(std::string_view family, int weight) {
    const FaceResult found = m_catalog.find(family, weight);
    if (!found) return {std::nullopt, found.error};
    return load(*found.face);
}

FontId FontRegistry::regional(FontId id, CjkRegion region) {
    const FaceInfo& info = face(id).info();
    const std::optional<std::string> family = regionalFamily(info.family, region);
    if (!family || *family == info.family) return id;
    const FaceResult found = m_catalog.find(*family, info.weight);
    if (!found) return id;
    return load(*found.face).id.value_or(id);
}

std::optional<FontId> FontRegistry::fallback(FontId primary, std::size_t index, CjkRegion region) {
    if (index == 0) return primary;
    auto it = m_chains.find({primary.value, region});
    if (it == m_chains.end()) {
        Chain chain;
        const FaceInfo& first = face(primary).info();
        const int weight = first.weight;
        // Faces of one collection share their glyphs (Noto CJK's JP/KR/SC/TC/HK and Mono faces
        // cover the same characters), so a second face from a file already in the chain adds
        // nothing but another megabyte of FreeType state when a missing character loads it.
        std::set<std::string> files = {first.path.string()};
        auto add = [&](const FaceInfo* info, bool evenFromAFileInTheChain) {
            if (!info || info->italic) return;
            const bool same = info->path == first.path && info->faceIndex == first.faceIndex;
            const bool listed =
                    std::any_of(chain.faces.begin(), chain.faces.end(), [&](const FaceInfo* f) {
                        return f->path == info->path && f->faceIndex == info->faceIndex;
                    });
            if (same || listed) return;
            if (!evenFromAFileInTheChain && files.contains(info->path.string())) return;
            chain.faces.push_back(info);
            files.insert(info->path.string());
        };
        // Each family at the primary's weight, so a character a bold headline lacks comes from a
        // bold face and a symbol in body text from a regular one.
        auto nearest = [&](std::string_view family) -> const FaceInfo* {
            const FaceResult found = m_catalog.find(family, weight);
            if (!found) return nullptr;
            for (const FaceInfo& info : m_catalog.faces()) {
                if (info.path == found.face->path && info.faceIndex == found.face->faceIndex) {
                    return &info;
                }
            }
            return nullptr;
        };
        const std::string suffix(regionSuffix(region));
        for (const std::string& family :
             {"Noto Serif CJK " + suffix, "Noto Sans CJK " + suffix, std::string("LXGW WenKai")}) {
            add(nearest(family), true);
        }
        for (const bool cjk : {true, false}) {
            std::set<std::string> families;
            for (const FaceInfo& info : m_catalog.faces()) {
                if (info.coversCjk == cjk && families.insert(info.family).second) {
                    add(nearest(info.family), false);
                }
            }
        }
        chain.loaded.resize(chain.faces.size());
        it = m_chains.emplace(std::make_pair(primary.value, region), std::move(chain)).first;
    }
    Chain& chain = it->second;
    if (index - 1 >= chain.faces.size()) return std::nullopt;
    std::optional<FontId>& loaded = chain.loaded[index - 1];
    if (!loaded) {
        // A face that cannot be loaded stands in as the primary, which was already asked.
        loaded = load(*chain.faces[index - 1]).id.value_or(primary);
    }
    return loaded;
}

}  // namespace banmian::fonts
