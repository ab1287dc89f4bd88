#include "app/ui/DiagnosticsPanel.h"

#include <QStyle>
#include <algorithm>

#include "app/edit/PageDocument.h"
#include "app/render/PagePainter.h"
#include "app/view/PageView.h"
#include "layout/compose/Preflight.h"

namespace banmian::app {

DiagnosticsPanel::DiagnosticsPanel(PageDocument& document, PageView& view, QWidget* parent)
    : QListWidget(parent), m_document(document), m_view(view) {
    setObjectName(QStringLiteral("diagnostics"));
    setWordWrap(true);
    setResizeMode(QListView::Adjust);  // lines wrap again as the dock is resized
    m_later.setSingleShot(true);
    m_later.setInterval(150);
    connect(&m_later, &QTimer::timeout, this, &DiagnosticsPanel::refresh);
    connect(&m_document, &PageDocument::changed, &m_later, qOverload<>(&QTimer::start));
    connect(this, &QListWidget::itemDoubleClicked, this, &DiagnosticsPanel::selectOnPage);
}

void DiagnosticsPanel::setImportNotes(std::vector<layout::Diagnostic> notes) {
    m_import = std::move(notes);
    refresh();
}

void DiagnosticsPanel::refresh() {
    m_later.stop();
    std::vector<layout::Diagnostic> all;
    if (const layout::PageLayout* page = m_document.layout())
        all = layout::preflight(m_document.page(), *page, m_document.document().stories,
                                m_document.document().print);
    all.insert(all.end(), m_import.begin(), m_import.end());
    // What stops the print first, then what to check, then what was done.
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
        return static_cast<int>(a.severity) < static_cast<int>(b.severity);
    });
    clear();
    for (const layout::Diagnostic& d : all) add(d);
}

QString DiagnosticsPanel::placeOf(const layout::Diagnostic& d) const {
    const layout::DiagnosticPlace& place = d.place;
    QStringList parts;
    if (d.line > 0) parts << tr("line %1").arg(d.line);
    if (place.story >= 0 && !place.headline.empty())
        parts << tr("“%1”").arg(QString::fromStdString(place.headline));
    else if (!place.block.empty())
        parts << QString::fromStdString(place.block);
    else if (place.story >= 0)
        parts << tr("story %1").arg(place.story);
    const std::string& field = place.field;
    if (place.paragraph >= 0 && (field.empty() || field == "body"))
        parts << tr("paragraph %1").arg(place.paragraph + 1);
    else if (field == "kicker")
        parts << tr("kicker");
    else if (field == "headline")
        parts << tr("headline");
    else if (field == "subtitle")
        parts << tr("subtitle");
    else if (field == "credit line")
        parts << tr("credit line");
    else if (field == "caption")
        parts << tr("caption");
    else if (field == "masthead")
        parts << tr("masthead");
    else if (field == "folio")
        parts << tr("folio");
    else if (field == "ear")
        parts << tr("ear");
    else if (place.photo >= 0)
        parts << tr("photo %1").arg(place.photo + 1);
    if (parts.isEmpty() && d.kind.starts_with("import-")) parts << tr("file");
    return parts.join(QStringLiteral(" · "));
}

void DiagnosticsPanel::add(const layout::Diagnostic& d) {
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString severity = tr("Note");
    if (d.severity == layout::Severity::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        severity = tr("Error");
    } else if (d.severity == layout::Severity::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        severity = tr("Warning");
    }
    const QString place = placeOf(d);
    const QString message = QString::fromStdString(d.message);
    auto* item =
            new QListWidgetItem(style()->standardIcon(icon),
                                place.isEmpty() ? message : place + QStringLiteral(": ") + message);
    QString tip = severity;
    if (!d.kind.empty()) tip += QStringLiteral(" (%1)").arg(QString::fromStdString(d.kind));
    tip += QLatin1Char('\n') + item->text();
    if (!d.place.block.empty()) {
        item->setData(BlockRole, QString::fromStdString(d.place.block));
        item->setData(PhotoRole, d.place.photo);
        tip += QLatin1Char('\n') + tr("Double-click to select it on the page.");
    }
    item->setToolTip(tip);
    addItem(item);
}

void DiagnosticsPanel::selectOnPage(QListWidgetItem* item) {
    const std::string id = item->data(BlockRole).toString().toStdString();
    if (id.empty()) return;
    const auto& blocks = m_document.page().blocks;
    const auto block = std::find_if(blocks.begin(), blocks.end(),
                                    [&](const layout::Block& b) { return b.id == id; });
    if (block == blocks.end()) return;  // gone since
    layout::PagePart part;
    part.block = static_cast<std::size_t>(block - blocks.begin());
    const int photo = item->data(PhotoRole).toInt();
    if (photo >= 0 && static_cast<std::size_t>(photo) < block->photos.size()) {
        part.kind = layout::PagePart::Kind::Photo;
        part.photo = static_cast<std::size_t>(photo);
    }
    m_view.select({part});
    if (!block->area.empty())
        m_view.ensureVisible(rectOf(m_document.page().grid.rect(block->area.front())), 40, 40);
}

}  // namespace banmian::app
