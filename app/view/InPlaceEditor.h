#pragma once

#include <QObject>
#include <QPointF>
#include <QString>

#include "layout/output/PageLayout.h"

class QLineEdit;

namespace banmian::app {

class PageDocument;
class PageView;

/// A headline, kicker, subtitle, credit line or caption edited where it stands on the page: a
/// line editor opens over its frame; Enter (or clicking away) keeps the text as one undo step,
/// Escape drops it. A credit line that is not one is refused with message(). Its own object, so
/// that the page view's mouse knows nothing of line editors and the tools nothing of each other.
class InPlaceEditor : public QObject {
    Q_OBJECT

public:
    explicit InPlaceEditor(PageView& view);

    void setDocument(PageDocument* document) { m_document = document; }
    /// Opens the editor over the text frame at `point` (in page points); whether one was there.
    bool editAt(QPointF point);
    /// The line editor open over the page, or nothing.
    QLineEdit* lineEdit() const { return m_editor; }

signals:
    /// Why the text typed was not kept.
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Edits a head part or caption in place, over its frame on the page.
    void editInPlace(const layout::TextFrame& frame);
    void finishEditing(bool keep);

    PageView& m_view;
    PageDocument* m_document = nullptr;
    QLineEdit* m_editor = nullptr;
    // What is edited: the part and which credit line or photo, of the block of id m_block (by
    // id: an undo or another edit while the editor is open may move the block in the list).
    layout::TextFrame m_editing;
    std::string m_block;
};

}  // namespace banmian::app
