#include "app/render/ScreenColour.h"

namespace banmian::app {

std::shared_ptr<const layout::SoftProof> defaultSoftProof() {
    static const std::shared_ptr<const layout::SoftProof> proof = [] {
        auto made = layout::SoftProof::create({});
        return made ? std::shared_ptr<const layout::SoftProof>(std::move(made).value()) : nullptr;
    }();
    return proof;
}

QColor screenColour(const layout::Colour& colour, const layout::SoftProof* proof) {
    if (colour.isPaper()) return Qt::white;
    if (!proof) proof = defaultSoftProof().get();  // kept for the program's life
    if (proof) {
        const layout::Rgb8 rgb = proof->rgb(colour);
        return QColor(rgb[0], rgb[1], rgb[2]);
    }
    const layout::Cmyk p = colour.process();
    return QColor::fromRgbF(static_cast<float>((1 - p[0]) * (1 - p[3])),
                            static_cast<float>((1 - p[1]) * (1 - p[3])),
                            static_cast<float>((1 - p[2]) * (1 - p[3])));
}

}  // namespace banmian::app
