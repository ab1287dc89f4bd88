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
    const layout::Block& block = d.page.blocks.at(static_cast<std::size_t>(frame.block));
    const layout::Story* story = layout::findStory(d.stories, block.story);
    if (frame.part != layout::TextFrame::Part::Caption && !story) return;
    QString text;
    using Part = layout::TextFrame::Part;
    const auto index = static_cast<std::size_t>(frame.index);
    switch (frame.part) {
        case Part::Kicker:
            text = QString::fromStdString(story->kicker);
            break;
        case Part::Headline:
            text = QString::fromStdString(story->headline);
            break;
        case Part::Subtitle:
            text = QString::fromStdString(story->subtitle);
            break;
        case Part::Byline: {
            if (index >= story->bylines.size()) return;
            text = creditLineText({story->bylines[index]});
            break;
        }
        case Part::Caption:
            if (index >= block.photos.size()) return;
            text = QString::fromStdString(block.photos[index].caption);
            break;
    }
    m_editing = frame;
    m_block = block.id;
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
    const auto found = std::find_if(after.page.blocks.begin(), after.page.blocks.end(),
                                    [&](const layout::Block& b) { return b.id == m_block; });
    using Part = layout::TextFrame::Part;
    const auto index = static_cast<std::size_t>(m_editing.index);
    layout::Story* edited = found == after.page.blocks.end()
                                    ? nullptr
                                    : layout::findStory(after.stories, found->story);
    // The page changed under the editor (an undo took the block, its story, its photo or credit
    // line away): what was typed is said, not put somewhere else.
    if (found == after.page.blocks.end() ||
        (m_editing.part == Part::Caption ? index >= found->photos.size()
                                         : !edited || (m_editing.part == Part::Byline &&
                                                       index >= edited->bylines.size()))) {
        emit message(tr("Not kept: the text you edited is no longer on the page (you typed “%1”)")
                             .arg(editor->text()));
        return;
    }
    layout::Block& block = *found;
    const std::string text = editor->text().trimmed().toStdString();
    const QString story =
            m_document->storyName(static_cast<std::size_t>(found - after.page.blocks.begin()));
    QString name;
    switch (m_editing.part) {
        case Part::Kicker:
            edited->kicker = text;
            name = tr("Edit the kicker of %1");
            break;
        case Part::Headline:
            edited->headline = text;
            name = tr("Edit the headline of %1");
            break;
        case Part::Subtitle:
            edited->subtitle = text;
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
            auto& bylines = edited->bylines;
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
