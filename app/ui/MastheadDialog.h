#pragma once

#include <QDialog>
#include <optional>
#include <vector>

#include "layout/colour/Colour.h"
#include "layout/model/Block.h"

class QCheckBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace banmian::app {

class InkField;

/// Page → Masthead: the masthead's words as a desk sets them — the paper's name and its pinyin or
/// English line, the publication date chosen in a calendar (printed with its weekday), 期号 and
/// 总期号, the CN number and 邮发代号. It edits a layout::Masthead; the window applies what it
/// accepted as one undo step. A date an older file kept as words that are no date is shown and
/// kept, unless the designer chooses a date instead.
class MastheadDialog : public QDialog {
    Q_OBJECT

public:
    explicit MastheadDialog(QWidget* parent = nullptr);

    void setMasthead(const layout::Masthead& masthead);
    /// Offers the name's colour (报头套红: the masthead.title style's ink) among `swatches`.
    void setColour(const std::vector<layout::Swatch>& swatches, const layout::Ink& ink);
    /// The name's colour as chosen; none when setColour() was not called.
    std::optional<layout::Ink> colour() const;
    InkField* colourField() const { return m_colour; }
    /// The masthead as the dialog shows it.
    layout::Masthead masthead() const;

    QLineEdit* title() const { return m_title; }
    QLineEdit* pinyin() const { return m_pinyin; }
    QDateEdit* date() const { return m_date; }
    /// Shown when the masthead's date is words, not a date: checked, the words are printed.
    QCheckBox* keepDateText() const { return m_keepDateText; }
    QLineEdit* issue() const { return m_issue; }
    QLineEdit* totalIssue() const { return m_totalIssue; }
    QLineEdit* reference() const { return m_reference; }
    QLineEdit* postalCode() const { return m_postalCode; }
    /// The issue line as the page will print it.
    QLabel* preview() const { return m_preview; }

private:
    void updatePreview();

    layout::Masthead m_original;
    QFormLayout* m_form = nullptr;
    InkField* m_colour = nullptr;
    QLineEdit* m_title;
    QLineEdit* m_pinyin;
    QDateEdit* m_date;
    QCheckBox* m_keepDateText;
    QLineEdit* m_issue;
    QLineEdit* m_totalIssue;
    QLineEdit* m_reference;
    QLineEdit* m_postalCode;
    QLabel* m_preview;
};

}  // namespace banmian::app
