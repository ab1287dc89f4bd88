#include "app/ui/StoryMending.h"

#include <QAction>
#include <QMainWindow>
#include <QStatusBar>
#include <QTableView>

#include "app/edit/PageDocument.h"
#include "app/ui/StoryEditor.h"
#include "layout/document/StoryEdits.h"

namespace banmian::app {

StoryMending::StoryMending(QMainWindow& window, PageDocument& document, QTableView& list)
    : QObject(&window), m_window(window), m_document(document), m_list(list) {
    auto* merge = new QAction(tr("Merge with the Story After"), &list);
    connect(merge, &QAction::triggered, this, [this] {
        const int row = m_list.currentIndex().row();
        if (row < 0) return;
        const std::string story =
                m_document.document().stories.at(static_cast<std::size_t>(row)).id;
        mendStories(tr("Merge %1 with the story after").arg(m_document.storyTitle(story)),
                    [story](layout::Document& d) { return layout::mergeWithNext(d, story); });
    });
    list.addAction(merge);
    list.setContextMenuPolicy(Qt::ActionsContextMenu);
}

bool StoryMending::mendStories(
        const QString& name,
        const std::function<std::optional<std::string>(layout::Document&)>& edit) {
    layout::Document after = m_document.document();
    if (const auto error = edit(after)) {
        m_window.statusBar()->showMessage(QString::fromStdString(*error), 5000);
        return false;
    }
    m_document.change(name, after);
    return true;
}

void StoryMending::editStory(const std::string& story) {
    const layout::Story* original = layout::findStory(m_document.document().stories, story);
    if (!original) return;
    StoryEditor editor(*original, &m_window);
    if (editor.exec() != QDialog::Accepted) return;
    const auto edited = editor.story();
    if (!edited) return;
    if (const layout::Story* now = layout::findStory(m_document.document().stories, story);
        !now || *edited == *now)
        return;
    const QString title = m_document.storyTitle(story);
    mendStories(tr("Edit %1").arg(title), [&](layout::Document& d) -> std::optional<std::string> {
        layout::Story* target = layout::findStory(d.stories, story);
        if (!target) return "the story is no longer in the page's stories";
        *target = *edited;
        return std::nullopt;
    });
}

void StoryMending::mendParagraph(StoryPreview::Mend mend, int paragraph) {
    const int row = m_list.currentIndex().row();
    if (row < 0 || paragraph < 0) return;
    if (static_cast<std::size_t>(row) >= m_document.document().stories.size()) return;
    const std::string story = m_document.document().stories[static_cast<std::size_t>(row)].id;
    const auto p = static_cast<std::size_t>(paragraph);
    const QString title = m_document.storyTitle(story);
    using Mend = StoryPreview::Mend;
    auto mark = [&](layout::HeadPart part, const QString& name) {
        mendStories(name.arg(title),
                    [=](layout::Document& d) { return layout::markParagraph(d, story, p, part); });
    };
    switch (mend) {
        case Mend::Split:
            mendStories(tr("Split %1").arg(title),
                        [=](layout::Document& d) { return layout::splitStory(d, story, p); });
            break;
        case Mend::ToPrevious:
        case Mend::ToNext: {
            const bool previous = mend == Mend::ToPrevious;
            if (mendStories(tr("Move a paragraph of %1").arg(title), [=](layout::Document& d) {
                    return layout::moveParagraph(d, story, p, previous);
                }))
                m_list.selectRow(previous ? row - 1 : row + 1);  // follow the paragraph
            break;
        }
        case Mend::Kicker:
            mark(layout::HeadPart::Kicker, tr("Kicker of %1"));
            break;
        case Mend::Headline:
            mark(layout::HeadPart::Headline, tr("Headline of %1"));
            break;
        case Mend::Subtitle:
            mark(layout::HeadPart::Subtitle, tr("Subtitle of %1"));
            break;
        case Mend::Byline:
            mark(layout::HeadPart::Byline, tr("Credit line of %1"));
            break;
    }
}

}  // namespace banmian::app
