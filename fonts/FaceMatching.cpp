#include "fonts/FaceMatching.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <utility>

namespace banmian::fonts {

namespace {

using Rank = std::pair<int, int>;  // (tier, distance): lower is better

// CSS Fonts 4 §5.2 step 4.a (font-stretch), for a request of normal width: normal, then the
// narrower widths nearest first, then the wider ones.
Rank widthRank(int width) {
    constexpr int kNormal = 5;
    if (width <= kNormal) return {0, kNormal - width};
    return {1, width - kNormal};
}

// CSS Fonts 4 §5.2 step 4.b (font-style), for a request of normal style: upright before italic.
Rank styleRank(bool italic) {
    return {italic ? 1 : 0, 0};
}

// CSS Fonts 4 §5.2 step 4.c (font-weight). For 400..500: weights from the desired one up to 500,
// then lighter ones nearest first, then heavier than 500. Below 400: lighter nearest first, then
// heavier. Above 500: heavier nearest first, then lighter.
Rank weightRank(int weight, int desired) {
    if (desired >= 400 && desired <= 500) {
        if (weight >= desired && weight <= 500) return {0, weight - desired};
        if (weight < desired) return {1, desired - weight};
        return {2, weight - desired};
    }
    if (desired < 400) {
        if (weight <= desired) return {0, desired - weight};
        return {1, weight - desired};
    }
    if (weight >= desired) return {0, weight - desired};
    return {1, desired - weight};
}

// Keeps only the faces with the best rank; stable, so scan order breaks ties.
void keepBest(std::vector<const FaceInfo*>& faces,
              const std::function<Rank(const FaceInfo&)>& rank) {
    Rank best = rank(*faces.front());
    for (const FaceInfo* face : faces) best = std::min(best, rank(*face));
    std::erase_if(faces, [&](const FaceInfo* face) { return rank(*face) != best; });
}

}  // namespace

const FaceInfo* pickFace(const std::vector<const FaceInfo*>& family, int weight) {
    if (family.empty()) return nullptr;
    std::vector<const FaceInfo*> faces = family;
    keepBest(faces, [](const FaceInfo& f) { return widthRank(f.width); });
    keepBest(faces, [](const FaceInfo& f) { return styleRank(f.italic); });
    keepBest(faces, [weight](const FaceInfo& f) { return weightRank(f.weight, weight); });
    return faces.front();
}

}  // namespace banmian::fonts
