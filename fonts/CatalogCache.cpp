#include "fonts/CatalogCache.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>

namespace banmian::fonts {

namespace fs = std::filesystem;

namespace {

constexpr int kVersion = 1;

nlohmann::json faceToJson(const FaceInfo& f) {
    return {{"path", f.path.string()}, {"index", f.faceIndex},       {"family", f.family},
            {"style", f.style},        {"chinese", f.chineseFamily}, {"other", f.otherFamilies},
            {"weight", f.weight},      {"width", f.width},           {"italic", f.italic},
            {"cjk", f.coversCjk}};
}

FaceInfo faceFromJson(const nlohmann::json& j) {
    FaceInfo f;
    f.path = j.at("path").get<std::string>();
    f.faceIndex = j.at("index").get<int>();
    f.family = j.at("family").get<std::string>();
    f.style = j.at("style").get<std::string>();
    f.chineseFamily = j.at("chinese").get<std::string>();
    f.otherFamilies = j.at("other").get<std::vector<std::string>>();
    f.weight = j.at("weight").get<int>();
    f.width = j.at("width").get<int>();
    f.italic = j.at("italic").get<bool>();
    f.coversCjk = j.at("cjk").get<bool>();
    return f;
}

}  // namespace

CatalogCache::CatalogCache(fs::path file) : m_file(std::move(file)) {
    if (m_file.empty()) return;
    std::ifstream in(m_file, std::ios::binary);
    if (!in) return;
    try {
        const nlohmann::json j = nlohmann::json::parse(in);
        if (j.value("version", 0) != kVersion) return;
        for (const auto& [path, entry] : j.at("files").items()) {
            Entry e;
            e.size = entry.at("size").get<std::uintmax_t>();
            e.modified = entry.at("modified").get<long long>();
            e.read.error = entry.value("error", "");
            for (const auto& face : entry.at("faces")) e.read.faces.push_back(faceFromJson(face));
            m_entries.emplace(path, std::move(e));
        }
    } catch (const nlohmann::json::exception&) {
        m_entries.clear();  // damaged: read the fonts again, write a new cache
    }
}

fs::path CatalogCache::defaultFile() {
    if (const char* off = std::getenv("BANMIAN_FONT_CACHE"); off && std::string(off) == "off")
        return {};
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
        return fs::path(xdg) / "banmian/font-catalog.json";
    if (const char* home = std::getenv("HOME"); home && *home)
        return fs::path(home) / ".cache/banmian/font-catalog.json";
    return {};
}

bool CatalogCache::stamp(const fs::path& path, std::uintmax_t& size, long long& modified) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return false;  // one call, where std::filesystem takes two
    size = static_cast<std::uintmax_t>(st.st_size);
    modified = static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
    return true;
}

const FontFileRead* CatalogCache::find(const fs::path& path) const {
    const auto it = m_entries.find(path.string());
    if (it == m_entries.end()) return nullptr;
    std::uintmax_t size = 0;
    long long modified = 0;
    if (!stamp(path, size, modified) || size != it->second.size || modified != it->second.modified)
        return nullptr;
    return &it->second.read;
}

void CatalogCache::store(const fs::path& path, const FontFileRead& read) {
    if (m_file.empty()) return;
    Entry e;
    if (!stamp(path, e.size, e.modified)) return;
    e.read = read;
    m_entries[path.string()] = std::move(e);
    m_changed = true;
}

void CatalogCache::save() const {
    if (m_file.empty() || !m_changed) return;
    nlohmann::json files = nlohmann::json::object();
    for (const auto& [path, e] : m_entries) {
        nlohmann::json faces = nlohmann::json::array();
        for (const FaceInfo& f : e.read.faces) faces.push_back(faceToJson(f));
        files[path] = {{"size", e.size},
                       {"modified", e.modified},
                       {"error", e.read.error},
                       {"faces", faces}};
    }
    const nlohmann::json j = {{"version", kVersion}, {"files", files}};
    std::error_code error;
    fs::create_directories(m_file.parent_path(), error);
    // One temporary file per process: two starts at once must not write into the same file.
    const fs::path temporary = m_file.string() + "." + std::to_string(::getpid()) + ".saving";
    {
        std::ofstream out(temporary, std::ios::binary);
        if (!out) return;  // a cache that cannot be written is only a slower next start
        out << j.dump();
        if (!out) return;
    }
    fs::rename(temporary, m_file, error);
    if (error) fs::remove(temporary, error);
}

}  // namespace banmian::fonts
