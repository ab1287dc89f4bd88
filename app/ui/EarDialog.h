#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace banmian::app {

/// The 报眼's words: a short title and its text (a teaser, the weather, an ad's lines), one
/// paragraph a line. The window applies what was accepted as one undo step.
class EarDialog : public QDialog {
    Q_OBJECT

public:
    explicit EarDialog(QWidget* parent = nullptr);

    void setText(const std::string& title, const std::string& text);
    std::string title() const;
    std::string text() const;

    QLineEdit* titleField() const { return m_title; }
    QPlainTextEdit* textField() const { return m_text; }

private:
    QLineEdit* m_title;
    QPlainTextEdit* m_text;
};

}  // namespace banmian::app
