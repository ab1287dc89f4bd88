#include "app/ui/PagePlanPanel.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>
#include <map>

#include "app/edit/PageDocument.h"
#include "app/ui/PagePlanTile.h"

namespace banmian::app {

namespace {

constexpr int kTileWidth = 168;
// Changes that come together (a save is a page's layout, stories and marks) are read once.
constexpr int kGatherMilliseconds = 150;

}  // namespace

PagePlanPanel::PagePlanPanel(PageDocument& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_summary(new QLabel), m_list(new QListWidget) {
    setObjectName(QStringLiteral("pagePlan"));
    m_summary->setObjectName(QStringLiteral("pagePlanSummary"));
    m_summary->setText(tr("No edition: File → Page Plan… opens one"));
    m_list->setObjectName(QStringLiteral("pagePlanPages"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setUniformItemSizes(true);
    // A broadsheet's tile under its band, and four lines of words under it.
    m_list->setIconSize(QSize(kTileWidth, kTileWidth * 8 / 5));
    m_list->setGridSize(QSize(kTileWidth + 28, kTileWidth * 8 / 5 + 4 * fontMetrics().height()));
    m_list->setWordWrap(true);
    connect(m_list, &QListWidget::itemActivated, this, &PagePlanPanel::open);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);

    m_soon.setSingleShot(true);
    m_soon.setInterval(kGatherMilliseconds);
    connect(&m_soon, &QTimer::timeout, this, &PagePlanPanel::reload);
}

PagePlanPanel::~PagePlanPanel() = default;

void PagePlanPanel::showEdition(std::unique_ptr<EditionPlanSource> source) {
    m_source = std::move(source);
    m_pages.clear();
    if (m_source) {
        connect(m_source.get(), &EditionPlanSource::changed, this, [this] { m_soon.start(); });
        connect(m_source.get(), &EditionPlanSource::status, this, &PagePlanPanel::status);
    }
    reload();
}

void PagePlanPanel::reload() {
    m_soon.stop();
    if (!m_source) {
        m_pages.clear();
        fill();
        return;
    }
    std::vector<PlanPage> pages;
    if (const auto error = m_source->read(pages, m_document.composer())) {
        // What was read last stays shown: the plan is not emptied by a lost connection.
        emit status(*error);
        return;
    }
    m_pages = std::move(pages);
    fill();
}

void PagePlanPanel::fill() {
    const int current =
            m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toInt() : 0;
    m_list->clear();
    if (!m_source) {
        m_summary->setText(tr("No edition: File → Page Plan… opens one"));
        return;
    }
    // The count of pages in each state, as the desk asks it: how many still to go.
    std::map<int, int> byStage;
    for (const PlanPage& page : m_pages) {
        ++byStage[static_cast<int>(page.status.state.stage)];
        std::optional<layout::PageLayout> composed;
        if (page.document) {
            if (auto laid = m_document.composer().layout(*page.document))
                composed = std::move(laid).value();
        }
        const layout::PageLayout* shown = composed ? &*composed : nullptr;
        PlanPage drawn = page;
        if (page.document && !composed) drawn.error = tr("The page cannot be laid out here");
        // The page the same when picked: the selection shows in its words, never tints the page.
        const QPixmap tile =
                QPixmap::fromImage(planTile(drawn, shown, m_document.registry(), kTileWidth));
        QIcon icon(tile);
        icon.addPixmap(tile, QIcon::Selected);
        auto* item = new QListWidgetItem(icon, planCaption(drawn, shown));
        item->setData(Qt::UserRole, page.status.number);
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
        if (!drawn.error.isEmpty()) item->setToolTip(drawn.error);
        m_list->addItem(item);
        if (page.status.number == current) m_list->setCurrentItem(item);
    }
    m_summary->setText(tr("%1: %n page(s) — %2 composing, %3 in proof, %4 signed off, %5 sent", "",
                          static_cast<int>(m_pages.size()))
                               .arg(m_source->name())
                               .arg(byStage[static_cast<int>(layout::PageStage::Composing)])
                               .arg(byStage[static_cast<int>(layout::PageStage::Proofing)])
                               .arg(byStage[static_cast<int>(layout::PageStage::Signed)])
                               .arg(byStage[static_cast<int>(layout::PageStage::Sent)]));
}

void PagePlanPanel::open(QListWidgetItem* item) {
    if (!item || !m_source) return;
    emit openRequested(m_source->address(item->data(Qt::UserRole).toInt()));
}

}  // namespace banmian::app
