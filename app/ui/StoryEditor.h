#pragma once

#include <QDialog>

#include "layout/model/Story.h"

class QLineEdit;
class QPlainTextEdit;

namespace banmian::app {

/// A story's words to edit: kicker, headline, subtitle, credit line, and the body, a paragraph a
/// line. The window applies the result as one undo step.
class StoryEditor : public QDialog {
    Q_OBJECT

public:
    StoryEditor(const layout::Story& story, QWidget* parent = nullptr);

    /// The story as edited; nothing (and `error` says why) when the credit line is not one.
    std::optional<layout::Story> story(QString* error = nullptr) const;

    QPlainTextEdit* body() const { return m_body; }
    QLineEdit* headline() const { return m_headline; }

private:
    layout::Story m_story;
    QLineEdit* m_kicker;
    QLineEdit* m_headline;
    QLineEdit* m_subtitle;
    QLineEdit* m_credits;
    QPlainTextEdit* m_body;
};

}  // namespace banmian::app
