#include "app/ui/PagePlanTile.h"

#include <QCoreApplication>
#include <QPainter>

#include "app/render/PagePainter.h"
#include "app/view/CopyfitText.h"

namespace banmian::app {

namespace {

// The plan's words, translated under its own name.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PagePlan)
};

// 排版中, 一校, 二校, 三校 …, 终校, 签版, 已付印 in the window's language.
QString stateText(const layout::PageState& state) {
    switch (state.stage) {
        case layout::PageStage::Composing:
            return Text::tr("Composing");
        case layout::PageStage::Signed:
            return Text::tr("Signed off");
        case layout::PageStage::Sent:
            return Text::tr("Sent to the plant");
        case layout::PageStage::Proofing:
            break;
    }
    if (state.lastRound) return Text::tr("Final proof");
    switch (state.round) {
        case 1:
            return Text::tr("1st proof");
        case 2:
            return Text::tr("2nd proof");
        case 3:
            return Text::tr("3rd proof");
        default:
            return Text::tr("Proof round %1").arg(state.round);
    }
}

}  // namespace

QColor stateColour(const layout::PageState& state) {
    switch (state.stage) {
        case layout::PageStage::Composing:
            return QColor(0x70, 0x70, 0x70);
        case layout::PageStage::Proofing:
            return QColor(0xc8, 0x7d, 0x00);
        case layout::PageStage::Signed:
            return QColor(0x2e, 0x7d, 0x32);
        case layout::PageStage::Sent:
            return QColor(0x1f, 0x4e, 0x9a);
    }
    return Qt::black;
}

QImage planTile(const PlanPage& page, const layout::PageLayout* composed,
                const fonts::FontRegistry& registry, int width) {
    const double pageWidth = composed ? layout::toPoints(composed->grid.trimWidth) : 0;
    const double aspect =
            pageWidth > 0 ? layout::toPoints(composed->grid.trimHeight) / pageWidth : 1.4;
    // The state in a band above the page, in its colour: the plan read at a glance, and the
    // page's own top (its masthead, its 报眉) left in view.
    const int band = std::max(18, width / 9);
    const QRect sheet(0, band, width, static_cast<int>(width * aspect));
    QImage tile(width, band + sheet.height(), QImage::Format_ARGB32_Premultiplied);
    tile.fill(QColor(0xe0, 0xe0, 0xe0));
    QPainter painter(&tile);
    painter.setRenderHint(QPainter::Antialiasing);
    if (composed && pageWidth > 0) {
        const QImage drawn = pageImage(*composed, registry, width / pageWidth);
        if (!drawn.isNull()) painter.drawImage(sheet, drawn);
    } else {
        painter.setPen(QColor(0x90, 0x00, 0x00));
        painter.drawText(sheet.adjusted(8, 8, -8, -8), Qt::AlignTop | Qt::TextWordWrap, page.error);
    }
    const QColor colour = stateColour(page.status.state);
    painter.fillRect(QRect(0, 0, width, band), colour);
    QFont font = painter.font();
    font.setPixelSize(band * 2 / 3);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(6, 0, width - 12, band), Qt::AlignVCenter | Qt::AlignLeft,
                     stateText(page.status.state));
    if (!page.status.holder.empty()) {
        // Held: a designer has its layout open now.
        painter.drawText(QRect(6, 0, width - 12, band), Qt::AlignVCenter | Qt::AlignRight,
                         Text::tr("held"));
    }
    painter.setPen(QPen(colour, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(1, 1, width - 2, tile.height() - 2));
    return tile;
}

QString planCaption(const PlanPage& page, const layout::PageLayout* composed) {
    const layout::PageStatus& s = page.status;
    QString first = Text::tr("Page %1").arg(s.number);
    if (!s.section.empty()) first += QStringLiteral("　") + QString::fromStdString(s.section);
    QString second = stateText(s.state);
    if (!s.holder.empty())
        second += QStringLiteral(" · ") +
                  Text::tr("held by %1").arg(QString::fromStdString(s.holder));
    QString third = composed ? pageCopyfitText(composed->copyfit) : Text::tr("not shown");
    if (s.openMarks > 0)
        third += QStringLiteral(" · ") + Text::tr("%n open mark(s)", "", s.openMarks);
    return first + QLatin1Char('\n') + second + QLatin1Char('\n') + third;
}

}  // namespace banmian::app
