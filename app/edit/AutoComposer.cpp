#include "app/edit/AutoComposer.h"

#include "layout/pipeline/PageComposer.h"

namespace banmian::app {

AutoComposer::AutoComposer(fonts::FontCatalog fonts, QObject* parent)
    : QObject(parent), m_fonts(std::move(fonts)) {
    m_worker.setMaxThreadCount(1);
}

AutoComposer::~AutoComposer() {
    cancel();
    m_worker.waitForDone();
}

bool AutoComposer::start(const layout::Document& document, int count) {
    if (m_running) return false;
    m_running = true;
    m_stop = std::stop_source();
    const std::uint64_t search = ++m_search;
    // The document copied here, on the GUI thread: the worker never sees the window's.
    m_worker.start([this, document, count, search, stop = m_stop.get_token()] {
        if (!m_composer) m_composer = std::make_unique<layout::PageComposer>(m_fonts);
        Layouts layouts = m_composer->composeVariants(document, std::nullopt, count, stop);
        // Back on the GUI thread (the destructor waits for this worker, so `this` is alive; a call
        // queued to it and not yet made is dropped with it).
        QMetaObject::invokeMethod(
                this,
                [this, search, layouts = std::move(layouts)] {
                    if (search != m_search) return;  // abandoned: dropped as it arrives
                    m_running = false;
                    emit composed(layouts);
                },
                Qt::QueuedConnection);
    });
    return true;
}

void AutoComposer::cancel() {
    if (!m_running) return;
    m_stop.request_stop();
    ++m_search;
    m_running = false;
}

void AutoComposer::waitForWorker() {
    m_worker.waitForDone();
}

}  // namespace banmian::app
