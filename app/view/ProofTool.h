#pragma once

#include <QObject>
#include <QPointF>
#include <optional>
#include <utility>

#include "layout/base/Units.h"
#include "layout/model/TextPlace.h"

namespace banmian::app {

class PageDocument;
class PageView;
struct PageOverlay;

/// The mouse and keys in proof mode (校对): drag across lines and columns to select text, double-
/// click a word, Escape to select none; a click on a proof mark or its note selects the mark. The
/// marks themselves are made elsewhere (ProofActions); this tool says what text they would cover
/// and draws them, with the hints, over the page. The page view forwards its events here while
/// proofreading.
class ProofTool : public QObject {
    Q_OBJECT

public:
    explicit ProofTool(PageView& view);

    void setDocument(PageDocument* document) { m_document = document; }

    const std::optional<layout::TextRange>& textSelection() const { return m_textSelection; }
    void selectText(std::optional<layout::TextRange> range);
    /// The mark (or automatic hint) of id `mark` shown selected; scrolls it into view.
    void showMark(std::optional<std::string> mark);
    void setHintsVisible(bool visible);

    /// The page changed: a text selection whose text changed under it is dropped.
    void pageChanged();
    /// Adds the marks, the hints while proofreading, their notes and the text selection.
    void drawOn(PageOverlay& overlay) const;

    // The view's events, at page points. move() and release() say whether a drag selecting text
    // was going on; keyPress() whether the key was used.
    void press(QPointF point);
    bool move(QPointF point);
    bool release();
    void doubleClick(QPointF point);
    bool keyPress(int key);

signals:
    void textSelectionChanged();
    /// A click on a proof mark (or hint) on the page.
    void markClicked(const std::string& mark);

private:
    // The place in story text nearest to a page point (in points), within `reach`.
    std::optional<layout::TextPlace> textPlaceAt(QPointF point, layout::LayoutUnit reach) const;

    PageView& m_view;
    PageDocument* m_document = nullptr;
    bool m_hintsVisible = true;
    std::optional<layout::TextRange> m_textSelection;
    std::optional<layout::TextPlace> m_textAnchor;  // where the drag selecting text began
    std::optional<std::string> m_shownMark;         // its id
};

}  // namespace banmian::app
