#include "app/view/InPlaceEditor.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <algorithm>
#include <utility>

#include "app/edit/CreditLine.h"
#include "app/edit/PageDocument.h"
#include "app/render/PagePainter.h"
#include "app/view/PageView.h"

namespace banmian::app {

InPlaceEditor::InPlaceEditor(PageView& view) : m_view(view) {}

bool InPlaceEditor::editAt(QPointF point) {
    const layout::LayoutUnit x = units(point.x()), y = units(point.y());
    for (const layout::TextFrame& frame : m_document->layout()->textFrames) {
        const layout::Rect& r = frame.rect;
        if (x >= r.x && x < r.right() && y >= r.y && y < r.bottom()) {
            editInPlace(frame);
            return true;
        }
    }
    return false;
}

void InPlaceEditor::editInPlace(const layout::TextFrame& frame) {
    finishEditing(false);
    const layout::Document& d = m_document->document();
    const layout::Block& block = d.page.blocks[static_cast<std::size_t>(frame.block)];
    if (frame.part != layout::TextFrame::Part::Caption &&
        (!block.story || *block.story >= d.stories.size()))
        return;
    QString text;
    using Part = layout::TextFrame::Part;
    const auto index = static_cast<std::size_t>(frame.index);
    switch (frame.part) {
        case Part::Kicker:
            text = QString::fromStdString(d.stories[*block.story].kicker);
            break;
        case Part::Headline:
            text = QString::fromStdString(d.stories[*block.story].headline);
            break;
        case Part::Subtitle:
            text = QString::fromStdString(d.stories[*block.story].subtitle);
            break;
        case Part::Byline: {
            text = creditLineText({d.stories[*block.story].bylines.at(index)});
            break;
        }
        case Part::Caption:
            if (index >= block.photos.size()) return;
            text = QString::fromStdString(block.photos[index].caption);
            break;
    }
    m_editing = frame;
    m_editor = new QLineEdit(text, m_view.viewport());
    const QRect onScreen = m_view.mapFromScene(rectOf(frame.rect)).boundingRect();
    QFont font = m_editor->font();
    font.setPixelSize(std::clamp(onScreen.height() * 2 / 3, 10, 48));
    m_editor->setFont(font);
    m_editor->setGeometry(
            onScreen.adjusted(0, 0, 0, 6)
                    .united(QRect(onScreen.topLeft(), QSize(200, m_editor->sizeHint().height()))));
    m_editor->selectAll();
    m_editor->show();
    m_editor->setFocus();
    connect(m_editor, &QLineEdit::returnPressed, this, [this] { finishEditing(true); });
    m_editor->installEventFilter(this);
}

bool InPlaceEditor::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_editor) {
        if (event->type() == QEvent::KeyPress &&
            static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
            finishEditing(false);
            return true;
        }
        if (event->type() == QEvent::FocusOut) finishEditing(true);  // clicking away keeps it
    }
    return QObject::eventFilter(watched, event);
}

void InPlaceEditor::finishEditing(bool keep) {
    if (!m_editor) return;
    QLineEdit* editor = std::exchange(m_editor, nullptr);
    editor->removeEventFilter(this);
    editor->hide();
    editor->deleteLater();
    m_view.setFocus();
    if (!keep) return;

    layout::Document after = m_document->document();
    layout::Block& block = after.page.blocks[static_cast<std::size_t>(m_editing.block)];
    const std::string text = editor->text().trimmed().toStdString();
    const QString story = m_document->storyName(static_cast<std::size_t>(m_editing.block));
    const auto index = static_cast<std::size_t>(m_editing.index);
    QString name;
    using Part = layout::TextFrame::Part;
    switch (m_editing.part) {
        case Part::Kicker:
            after.stories[*block.story].kicker = text;
            name = tr("Edit the kicker of %1");
            break;
        case Part::Headline:
            after.stories[*block.story].headline = text;
            name = tr("Edit the headline of %1");
            break;
        case Part::Subtitle:
            after.stories[*block.story].subtitle = text;
            name = tr("Edit the subtitle of %1");
            break;
        case Part::Byline: {
            QString error;
            const auto typed = creditLineFrom(editor->text(), error);
            if (!typed) {
                emit message(error);
                return;
            }
            // The line edited gives way to what was typed (nothing, one or several roles).
            auto& bylines = after.stories[*block.story].bylines;
            bylines.erase(bylines.begin() + static_cast<long>(index));
            bylines.insert(bylines.begin() + static_cast<long>(index), typed->begin(),
                           typed->end());
            name = tr("Edit the credit line of %1");
            break;
        }
        case Part::Caption:
            block.photos[index].caption = text;
            name = tr("Edit the caption of %1");
            break;
    }
    if (after.stories == m_document->document().stories &&
        after.page.blocks == m_document->page().blocks)
        return;
    m_document->change(name.arg(story), after);
}

}  // namespace banmian::app
