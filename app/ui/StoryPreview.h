#pragma once

#include <QString>
#include <QTextBrowser>

#include "layout/model/Story.h"

namespace banmian::app {

/// Shows one story as copy to be placed: headline parts, credits, paragraphs with the two-character
/// indent. The page view of later issues takes this place on screen.
class StoryPreview : public QTextBrowser {
    Q_OBJECT

public:
    explicit StoryPreview(QWidget* parent = nullptr);

    void showStory(const layout::Story& story, const QString& relatedHeadline);
    void showNothing();
};

}  // namespace banmian::app
