#pragma once

#include <QString>
#include <QTextBrowser>

#include "layout/model/Story.h"

namespace banmian::app {

/// Shows one story as copy to be placed: headline parts, credits, paragraphs with the two-character
/// indent. Where the importer guessed wrong, a paragraph's context menu mends it: split the story
/// there, move the paragraph to the story before or after, make it the headline, kicker, subtitle
/// or a credit line (the window carries these out, undoably).
class StoryPreview : public QTextBrowser {
    Q_OBJECT

public:
    enum class Mend { Split, ToPrevious, ToNext, Kicker, Headline, Subtitle, Byline };

    explicit StoryPreview(QWidget* parent = nullptr);

    void showStory(const layout::Story& story, const QString& relatedHeadline);
    void showNothing();
    /// The paragraph shown at a viewport point; -1 off the body text.
    int paragraphAt(QPoint point) const;
    /// The actions of the paragraph menu at a viewport point (empty off the body text).
    QList<QAction*> mendActions(QPoint point);

signals:
    void mend(Mend mend, int paragraph);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    int m_paragraphs = 0;  // of the story shown: the document's last blocks
};

}  // namespace banmian::app
