#include "app/ui/PhotoProperties.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <algorithm>
#include <cmath>

#include "app/edit/PageDocument.h"
#include "app/render/PhotoImage.h"
#include "app/view/PageView.h"
#include "layout/compose/Preflight.h"
#include "layout/output/PhotoPlacement.h"

namespace banmian::app {

PhotoProperties::PhotoProperties(PageDocument& document, PageView& view, QWidget* parent)
    : QGroupBox(tr("Photo"), parent),
      m_document(document),
      m_view(view),
      m_caption(new QLineEdit),
      m_credit(new QLineEdit),
      m_scale(new QDoubleSpinBox),
      m_resolution(new QLabel) {
    m_caption->setObjectName(QStringLiteral("photoCaption"));
    m_credit->setObjectName(QStringLiteral("photoCredit"));
    m_scale->setObjectName(QStringLiteral("photoScale"));
    m_resolution->setObjectName(QStringLiteral("photoResolution"));
    m_caption->setPlaceholderText(tr("No caption"));
    m_credit->setPlaceholderText(QStringLiteral("新华社记者 张三 摄"));
    m_credit->setToolTip(
            tr("The photographer's credit, set after the caption: 记者 张三 摄, 图/李四"));
    m_scale->setRange(100, layout::kMaxPhotoScale * 100);
    m_scale->setDecimals(0);
    m_scale->setSingleStep(10);
    m_scale->setSuffix(tr(" %"));
    m_scale->setKeyboardTracking(false);
    m_scale->setToolTip(
            tr("The picture's size in its frame: 100 % fills the frame. Double-click "
               "the photo to move the picture in it"));
    m_resolution->setToolTip(tr("The photo's pixels an inch where it prints, at this scale"));

    auto* form = new QFormLayout(this);
    form->addRow(tr("Caption"), m_caption);
    form->addRow(tr("Credit"), m_credit);
    form->addRow(tr("Scale"), m_scale);
    form->addRow(tr("Resolution"), m_resolution);

    connect(m_caption, &QLineEdit::editingFinished, this, &PhotoProperties::changeCaption);
    connect(m_credit, &QLineEdit::editingFinished, this, &PhotoProperties::changeCredit);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &PhotoProperties::changeScale);
    connect(&m_document, &PageDocument::changed, this, &PhotoProperties::refresh);
    connect(&m_view, &PageView::selectionChanged, this, &PhotoProperties::refresh);
    refresh();
}

std::optional<layout::PagePart> PhotoProperties::photo() const {
    const auto& selection = m_view.selection();
    if (selection.size() != 1) return std::nullopt;
    layout::PagePart part = selection.front();
    const auto& blocks = m_document.page().blocks;
    if (part.block >= blocks.size()) return std::nullopt;
    if (part.kind == layout::PagePart::Kind::Block) part.photo = 0;
    if (part.photo >= blocks[part.block].photos.size()) return std::nullopt;
    part.kind = layout::PagePart::Kind::Photo;
    return part;
}

void PhotoProperties::refresh() {
    const auto at = photo();
    setVisible(at.has_value());
    if (!at) return;
    const QSignalBlocker quietScale(m_scale);
    const layout::PhotoFrame& frame = m_document.page().blocks[at->block].photos[at->photo];
    // A field being typed in keeps what is typed: a change elsewhere (a drag) refreshes too.
    if (!m_caption->hasFocus()) m_caption->setText(QString::fromStdString(frame.caption));
    if (!m_credit->hasFocus()) m_credit->setText(QString::fromStdString(frame.credit));
    const QImage image = frame.image.empty() ? QImage() : photoImage(frame.image);
    const layout::PageLayout* composed = m_document.layout();
    m_scale->setEnabled(!image.isNull() && composed);
    if (image.isNull() || !composed) {
        m_scale->setValue(frame.crop.scale * 100);
        m_resolution->setText(tr("No picture yet"));
        return;
    }
    // As the page places it: the engine's one placement, the preflight's figure.
    const layout::PhotoPlacement placed = layout::placePhoto(
            image.width(), image.height(),
            layout::photoRect(m_document.page(), *composed, at->block, at->photo), frame.crop);
    m_scale->setValue(placed.crop.scale * 100);
    const layout::PrintSettings& print = m_document.document().print;
    const long ppi = std::lround(placed.ppi());
    m_resolution->setText(tr("%1 ppi").arg(ppi));
    m_resolution->setStyleSheet(ppi < print.minPhotoPpi    ? QStringLiteral("color: #c00000")
                                : ppi < print.goodPhotoPpi ? QStringLiteral("color: #a06000")
                                                           : QString());
}

void PhotoProperties::changeCaption() {
    const auto at = photo();
    if (!at) return;
    layout::Document after = m_document.document();
    layout::PhotoFrame& frame = after.page.blocks[at->block].photos[at->photo];
    const std::string text = m_caption->text().trimmed().toStdString();
    if (text == frame.caption) return;
    const QString story = m_document.storyName(at->block);
    QString name = frame.caption.empty() ? tr("Add a caption to the photo of %1")
                                         : tr("Edit the caption of %1");
    frame.caption = text;
    if (text.empty()) {
        name = tr("Delete the caption of %1");
        // With nothing left to set, a caption moved away is forgotten: the next one written
        // stands under its photo again.
        if (frame.credit.empty()) frame.captionArea.reset();
    }
    m_document.change(name.arg(story), after);
}

void PhotoProperties::changeCredit() {
    const auto at = photo();
    if (!at) return;
    layout::Document after = m_document.document();
    layout::PhotoFrame& frame = after.page.blocks[at->block].photos[at->photo];
    const std::string text = m_credit->text().simplified().toStdString();
    if (text == frame.credit) return;
    frame.credit = text;
    if (text.empty() && frame.caption.empty()) frame.captionArea.reset();
    m_document.change(
            (text.empty() ? tr("Delete the photo credit of %1") : tr("Photo credit of %1"))
                    .arg(m_document.storyName(at->block)),
            after);
}

void PhotoProperties::changeScale(double percent) {
    const auto at = photo();
    const layout::PageLayout* composed = m_document.layout();
    if (!at || !composed) return;
    layout::Document after = m_document.document();
    layout::PhotoFrame& frame = after.page.blocks[at->block].photos[at->photo];
    const QImage image = photoImage(frame.image);
    if (image.isNull()) return;
    layout::PhotoCrop crop = frame.crop;
    crop.scale = std::clamp(percent / 100, 1.0, layout::kMaxPhotoScale);
    // Kept where the frame stays covered at that scale, as the page will place it.
    frame.crop =
            layout::placePhoto(
                    image.width(), image.height(),
                    layout::photoRect(m_document.page(), *composed, at->block, at->photo), crop)
                    .crop;
    if (frame.crop == m_document.page().blocks[at->block].photos[at->photo].crop) return;
    m_document.change(tr("Scale the photo of %1").arg(m_document.storyName(at->block)), after);
}

}  // namespace banmian::app
