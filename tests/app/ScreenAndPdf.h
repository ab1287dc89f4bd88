#pragma once
// What the designer sees against what is printed: a composed page exported as the print PDF and
// rendered by Poppler (pdftoppm), and the same page painted by the window's page painter at the
// same size, compared cell by cell. For the tests that hold the screen to the PDF.

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRect>
#include <cstdlib>
#include <optional>
#include <utility>

#include "app/render/PagePainter.h"
#include "layout/pdf/PdfExporter.h"

// The page's print PDF (no crop marks: its MediaBox is the trim and the bleed), written into
// `folder` and rendered there by Poppler at 72 dpi, one pixel a point; a null image when it cannot
// be. `pdfPath`, when given, is where the PDF was written.
inline QImage renderedPdf(const banmian::layout::PageLayout& page,
                          const banmian::fonts::FontRegistry& registry, const QString& folder,
                          QString* pdfPath = nullptr) {
    banmian::layout::PdfOptions options;
    options.cropMarks = false;
    options.title = "page";
    const auto pdf = banmian::layout::exportPagePdf(page, registry, options);
    if (!pdf.ok()) return {};
    const QString path = QDir(folder).filePath(QStringLiteral("page.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return {};
    file.write(pdf.value().data(), static_cast<qint64>(pdf.value().size()));
    file.close();
    if (pdfPath) *pdfPath = path;
    QProcess render;
    render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("72"),
                                              QStringLiteral("-png"), QStringLiteral("-singlefile"),
                                              path, QDir(folder).filePath(QStringLiteral("pdf"))});
    if (!render.waitForFinished(60000) || render.exitCode() != 0) return {};
    return QImage(QDir(folder).filePath(QStringLiteral("pdf.png")))
            .convertToFormat(QImage::Format_RGB32);
}

// The bleed around the trim in a rendering of renderedPdf(), in pixels (points).
inline double pdfBleed() {
    return banmian::layout::toPoints(banmian::layout::PdfOptions{}.bleed);
}

// `page` painted as the window paints it, the size of `size`, placed as renderedPdf() places it.
inline QImage paintedPage(const banmian::layout::PageLayout& page,
                          const banmian::fonts::FontRegistry& registry, QSize size) {
    QImage screen(size, QImage::Format_RGB32);
    screen.fill(Qt::white);
    QPainter painter(&screen);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(pdfBleed(), pdfBleed());
    banmian::app::GlyphPaths glyphs(registry);
    banmian::app::paintPage(painter, page, glyphs);
    painter.end();
    return screen;
}

// With BANMIAN_DOCS_PICTURES set to a folder, the two pictures of a comparison are kept there as
// NAME-screen.png and NAME-pdf.png, for the README's pictures and for a person to look at.
inline void keepForDocs(const QImage& screen, const QImage& printed, const QString& name) {
    const QByteArray docs = qgetenv("BANMIAN_DOCS_PICTURES");
    if (docs.isEmpty()) return;
    screen.save(QString::fromLocal8Bit(docs) + QStringLiteral("/") + name +
                QStringLiteral("-screen.png"));
    printed.save(QString::fromLocal8Bit(docs) + QStringLiteral("/") + name +
                 QStringLiteral("-pdf.png"));
}

// The cells of 4 × 4 pixels of `area` (none: the whole image) in which `a` and `b` differ: whose
// mean gray, or with `colour` any channel's mean, differs by more than `tolerance` (antialiasing
// differs pixel by pixel, not cell by cell). (differing, cells).
inline std::pair<int, int> differingCells(const QImage& a, const QImage& b, int tolerance,
                                          bool colour, QRect area = {}) {
    if (area.isNull()) area = a.rect();
    area &= a.rect() & b.rect();
    int cells = 0, different = 0;
    for (int y = area.top(); y + 4 <= area.bottom() + 1; y += 4) {
        for (int x = area.left(); x + 4 <= area.right() + 1; x += 4) {
            int sa[3] = {}, sb[3] = {};
            for (int dy = 0; dy < 4; ++dy) {
                for (int dx = 0; dx < 4; ++dx) {
                    const QRgb p = a.pixel(x + dx, y + dy), q = b.pixel(x + dx, y + dy);
                    if (colour) {
                        sa[0] += qRed(p), sa[1] += qGreen(p), sa[2] += qBlue(p);
                        sb[0] += qRed(q), sb[1] += qGreen(q), sb[2] += qBlue(q);
                    } else {
                        sa[0] += qGray(p);
                        sb[0] += qGray(q);
                    }
                }
            }
            ++cells;
            bool differs = false;
            for (int c = 0; c < (colour ? 3 : 1); ++c)
                differs |= std::abs(sa[c] - sb[c]) / 16 > tolerance;
            different += differs;
        }
    }
    return {different, cells};
}
