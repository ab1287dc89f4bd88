#include "fonts/FontRegistry.h"

#include <algorithm>

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

FontIdResult FontRegistry::forRole(FontRole role, std::optional<int> weight) {
    const FaceResult found = m_catalog.faceForRole(role, weight);
    if (!found) return {std::nullopt, found.error};
    return load(*found.face);
}

FontIdResult FontRegistry::forFamily(std::string_view family, int weight) {
    const FaceResult found = m_catalog.find(family, weight);
    if (!found) return {std::nullopt, found.error};
    return load(*found.face);
}

const std::vector<FontId>& FontRegistry::fallbackChain(FontId primary) {
    if (const auto it = m_chains.find(primary); it != m_chains.end()) return it->second;
    std::vector<FontId> chain{primary};
    auto add = [&](const FaceInfo& info) {
        const FontIdResult id = load(info);
        if (id && std::find(chain.begin(), chain.end(), *id.id) == chain.end())
            chain.push_back(*id.id);
    };
    const int weight = face(primary).info().weight;
    for (const char* family : {"Noto Serif CJK SC", "Noto Sans CJK SC", "LXGW WenKai"}) {
        if (const FaceResult found = m_catalog.find(family, weight)) add(*found.face);
    }
    for (const FaceInfo& info : m_catalog.faces()) {
        if (info.coversCjk && !info.italic) add(info);
    }
    for (const FaceInfo& info : m_catalog.faces()) {
        if (!info.coversCjk && !info.italic) add(info);
    }
    return m_chains.emplace(primary, std::move(chain)).first->second;
}

}  // namespace banmian::fonts
