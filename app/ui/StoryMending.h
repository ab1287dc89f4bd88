#pragma once

#include <QObject>
#include <QString>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "app/ui/StoryPreview.h"

class QMainWindow;
class QTableView;

namespace banmian::layout {
struct Document;
}

namespace banmian::app {

class PageDocument;

/// Mending the import and editing the copy, from the story list and the copy beside it: a story
/// merged with the next (the list's menu), a paragraph made a head part or a credit line, a story
/// split at a paragraph, a paragraph moved to the story before or after (the copy's menu), and the
/// story editor. Each is one undo step, named; one refused says why in the status bar.
class StoryMending : public QObject {
    Q_OBJECT

public:
    /// Mends the stories of `document` as listed in `list`.
    StoryMending(QMainWindow& window, PageDocument& document, QTableView& list);

    void mendParagraph(StoryPreview::Mend mend, int paragraph);
    /// The story editor on the story of id `story`; its result one undo step.
    void editStory(const std::string& story);

private:
    // One change to the stories, named; false and the reason in the status bar when refused.
    bool mendStories(const QString& name,
                     const std::function<std::optional<std::string>(layout::Document&)>& edit);

    QMainWindow& m_window;
    PageDocument& m_document;
    QTableView& m_list;
};

}  // namespace banmian::app
