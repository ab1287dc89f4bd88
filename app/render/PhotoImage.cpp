#include "app/render/PhotoImage.h"

#include <QCache>
#include <QFileInfo>
#include <cstring>

namespace banmian::app {

QImage toQImage(const layout::RasterImage& image) {
    const int w = image.width, h = image.height;
    const std::size_t n = static_cast<std::size_t>(layout::channelsOf(image.colour));
    if (w <= 0 || h <= 0 || image.samples.size() != std::size_t{static_cast<unsigned>(w)} * h * n)
        return {};
    QImage out;
    switch (image.colour) {
        case layout::ImageColour::Gray:
            out = QImage(w, h, QImage::Format_Grayscale8);
            break;
        case layout::ImageColour::Rgb:
            out = QImage(w, h, QImage::Format_RGB888);
            break;
        case layout::ImageColour::Cmyk:
            out = QImage(w, h, QImage::Format_RGB32);
            break;
    }
    if (out.isNull()) return {};  // out of memory
    for (int y = 0; y < h; ++y) {
        const std::uint8_t* from = image.samples.data() + static_cast<std::size_t>(y) * w * n;
        if (image.colour != layout::ImageColour::Cmyk) {
            std::memcpy(out.scanLine(y), from, static_cast<std::size_t>(w) * n);  // rows padded
            continue;
        }
        auto* to = reinterpret_cast<QRgb*>(out.scanLine(y));
        for (int x = 0; x < w; ++x, from += 4) {
            const int white = 255 - from[3];
            auto light = [&](std::uint8_t ink) { return (255 - ink) * white / 255; };
            to[x] = qRgb(light(from[0]), light(from[1]), light(from[2]));
        }
    }
    return out;
}

QImage photoImage(const std::string& path, const layout::SoftProof* proof) {
    // Decoded photos kept between paints (a drag repaints many times a second), keyed by the
    // file's time and size so that a photo replaced on disk is read again. The painter runs in
    // the GUI thread only.
    static QCache<QString, QImage> cache(64 * 1024);  // KB: a few photos, within the memory budget
    const QString name = QString::fromStdString(path);
    const QFileInfo file(name);
    const QString key = name + QLatin1Char('|') +
                        QString::number(file.lastModified().toMSecsSinceEpoch()) +
                        QLatin1Char('|') + QString::number(file.size()) + QLatin1Char('|') +
                        QString::number(reinterpret_cast<quintptr>(proof));
    if (const QImage* cached = cache.object(key)) return *cached;

    // The file read once: for Qt, for the engine's decoder where Qt reads nothing, and for the
    // photo's colour.
    const auto bytes = layout::readImageFile(path);
    if (!bytes) return {};
    QImage image = QImage::fromData(reinterpret_cast<const uchar*>(bytes->data()),
                                    static_cast<int>(bytes->size()));
    if (image.isNull()) {
        if (const auto decoded = layout::decodeRasterImage(*bytes))
            image = toQImage(decoded.value());
    }
    if (!image.isNull() && proof) {
        // Only an RGB photo: the export separates it, and it prints duller than the file shows.
        const auto info = layout::readImageInfo(*bytes);
        if (info && info.value().colour == layout::ImageColour::Rgb) {
            image = image.convertToFormat(QImage::Format_RGB32);
            for (int y = 0; y < image.height(); ++y)
                proof->proofPixels(image.scanLine(y), static_cast<std::size_t>(image.width()));
        }
    }
    if (!image.isNull())
        cache.insert(key, new QImage(image), static_cast<qsizetype>(image.sizeInBytes() / 1024));
    return image;
}

}  // namespace banmian::app
