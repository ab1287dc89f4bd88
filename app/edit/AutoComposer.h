#pragma once

#include <QObject>
#include <QThreadPool>
#include <cstdint>
#include <memory>
#include <stop_token>
#include <vector>

#include "fonts/FontCatalog.h"
#include "layout/base/Result.h"
#include "layout/compose/AutoCompose.h"
#include "layout/document/Document.h"

namespace banmian::layout {
class PageComposer;
}

namespace banmian::app {

/// Auto-compose on a worker thread, so that the window goes on painting, scrolling and taking
/// edits while a big day composes (seconds in a debug build): one search at a time, abandoned on
/// request, what it found handed back on the GUI thread.
class AutoComposer : public QObject {
    Q_OBJECT

public:
    using Layouts = layout::Result<std::vector<layout::ComposedPage>>;

    /// Composes over `fonts`: the window's composer's catalog, so that both use the same fonts.
    explicit AutoComposer(fonts::FontCatalog fonts, QObject* parent = nullptr);
    /// Abandons a search under way and waits for the worker to let go of its composer.
    ~AutoComposer() override;

    /// Starts searching for the `count` best layouts of `document`'s stories on its own grid
    /// (PageComposer::composeVariants); false, and nothing started, while a search runs.
    bool start(const layout::Document& document, int count);
    /// Abandons the search under way: composed() is not sent for it.
    void cancel();
    bool isRunning() const { return m_running; }
    /// Waits until the worker is idle, an abandoned search included (tests, and quitting).
    void waitForWorker();

signals:
    /// What the search started last found, best first, or why it cannot compose (a font that is
    /// not installed). On the GUI thread.
    void composed(const banmian::app::AutoComposer::Layouts& layouts);

private:
    // Why the worker has a composer of its own rather than the window's PageDocument::composer():
    // a PageComposer is for one thread at a time — its font registry loads faces lazily, its
    // typesetter keeps shaping and paragraph caches, its styles are resolved on demand — and the
    // window goes on laying out and painting the page with its own while the search runs. Made on
    // the worker when first needed (the window's start does not wait for it) and kept, caches
    // warm, for the next search; touched only by the worker's one thread, and by the destructor
    // once the worker is idle.
    fonts::FontCatalog m_fonts;
    std::unique_ptr<layout::PageComposer> m_composer;
    QThreadPool m_worker;     // one thread: one search at a time, an abandoned one first
    std::stop_source m_stop;  // the search under way's
    bool m_running = false;   // on the GUI thread: a search started and not yet handed back
    std::uint64_t m_search =
            0;  // the search under way's number; a late result of another is dropped
};

}  // namespace banmian::app
