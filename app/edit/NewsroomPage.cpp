#include "app/edit/NewsroomPage.h"

#include <QSocketNotifier>

#include "layout/newsroom/Changes.h"
#include "layout/newsroom/OpenPage.h"
#include "layout/newsroom/SqlValues.h"

namespace banmian::app {

namespace {

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

// What this window's page is about, of the changes an edition's followers hear. While the window
// holds the layout, the saves and leases of the page are its own doing.
bool concerns(const layout::Change& change, int page, bool holding) {
    if (change.page != page) return false;
    const bool aboutTheLease = change.what == "page-saved" || change.what == "page-held" ||
                               change.what == "page-taken-over" || change.what == "page-released";
    return !(holding && aboutTheLease);
}

}  // namespace

std::unique_ptr<NewsroomPage> NewsroomPage::open(const NewsroomAddress& address, const QString& who,
                                                 layout::PageComposer& composer, QString& error) {
    auto connection = layout::PgConnection::open(address.url.toStdString());
    if (!connection) {
        error = text(connection.error().message);
        return nullptr;
    }
    std::unique_ptr<NewsroomPage> page(
            new NewsroomPage(address, std::move(connection).value(), who, composer));
    auto edition = page->m_store.findEdition(address.date);
    if (!edition) {
        error = text(edition.error().message);
        return nullptr;
    }
    page->m_edition = std::move(edition).value();
    auto pulled = page->fetch();
    if (!pulled) {
        error = text(pulled.error().message);
        return nullptr;
    }
    page->m_stored = std::move(pulled).value();
    return page;
}

NewsroomPage::NewsroomPage(NewsroomAddress address, layout::PgConnection connection,
                           const QString& who, layout::PageComposer& composer)
    : m_address(std::move(address)),
      m_connection(std::move(connection)),
      m_store(m_connection, {who.toStdString(), ""}),
      m_composer(composer) {
    m_store.setPatience(std::chrono::milliseconds(kPatienceMilliseconds));
    m_renewal.setInterval(kRenewMilliseconds);
    connect(&m_renewal, &QTimer::timeout, this, &NewsroomPage::renew);
    m_reconnect.setInterval(kReconnectMilliseconds);
    connect(&m_reconnect, &QTimer::timeout, this, &NewsroomPage::tryReconnect);
}

NewsroomPage::~NewsroomPage() {
    release();
    delete m_socket;  // before the connection closes its socket
}

layout::Result<layout::StoredPage> NewsroomPage::fetch() {
    auto pulled = m_store.pullPage(m_edition, m_address.page);
    if (!pulled) return pulled;
    noteJumps(pulled.value().document);
    if (m_continued.empty()) return pulled;
    // Jump lines and a continuation's start are derived from the other parts as they stand now.
    auto opened = layout::openPage(m_store, m_edition, m_address.page, m_composer);
    if (opened) {
        for (const layout::Block& block : opened.value().document.page.blocks) {
            if (block.jump.continuedOn) m_jumpPages.insert(block.jump.continuedOn);
            if (block.jump.continuedFrom) m_jumpPages.insert(block.jump.continuedFrom);
        }
    }
    return opened;
}

void NewsroomPage::noteJumps(const layout::Document& stored) {
    m_continued.clear();
    m_jumpPages.clear();
    for (const layout::Block& block : stored.page.blocks) {
        if (!block.jump.continued() || block.story.empty()) continue;
        m_continued.push_back(block.story);
        if (block.jump.continuedOn) m_jumpPages.insert(block.jump.continuedOn);
        if (block.jump.continuedFrom) m_jumpPages.insert(block.jump.continuedFrom);
    }
}

bool NewsroomPage::touchesJumps(int page) {
    if (m_continued.empty() || page == m_address.page) return false;
    if (m_jumpPages.count(page)) return true;
    // A part moved onto that page: it holds one of the stories this page continues now.
    auto placed = m_connection.exec(
            "SELECT 1 FROM banmian.placements WHERE edition = $1 AND page = $2 AND story = "
            "ANY($3::text[]) LIMIT 1",
            {std::to_string(m_edition.id), std::to_string(page), layout::textArray(m_continued)});
    return placed && !placed.value().empty();
}

layout::Result<std::vector<layout::EditionStory>> NewsroomPage::stories() {
    if (!reachable())
        return layout::Diagnostic{0, tr("the newsroom's server cannot be reached now; try again "
                                        "when the connection is back")
                                             .toStdString()};
    auto stories = m_store.stories(m_edition);
    readSoon();
    return stories;
}

std::optional<QString> NewsroomPage::changeOtherPage(
        int number, const std::function<std::optional<QString>(layout::Document&)>& edit) {
    if (!reachable())
        return tr(
                "the newsroom's server cannot be reached now; try again when the connection is "
                "back");
    auto held = m_store.hold(m_edition, number, kLeaseSeconds);
    if (!held) {
        readSoon();
        if (held.error().kind != "page-held") return text(held.error().message);
        const auto other = m_store.pullPage(m_edition, number);
        const QString holder = other ? text(other.value().holder) : tr("another designer");
        return tr("Page %1 is held by %2 now: ask them to close it, or try again when they have")
                .arg(number)
                .arg(holder);
    }
    // Given back whatever happens next: the page is held for this one change only.
    std::optional<QString> error;
    auto opened = layout::openPage(m_store, m_edition, number, m_composer);
    if (!opened) {
        error = text(opened.error().message);
    } else {
        layout::StoredPage there = std::move(opened).value();
        if (auto refused = edit(there.document))
            error = refused;
        else if (auto pushed =
                         m_store.pushPage(m_edition, number, there.document, &there.storyVersions))
            error = text(pushed->message);
    }
    m_store.release(m_edition, number);
    readSoon();
    return error;
}

void NewsroomPage::readSoon() {
    // libpq reads what came while one of our statements ran into its own queue: the socket does
    // not wake the loop for it again, so it is looked at once the statement is done.
    if (m_following) QTimer::singleShot(0, this, &NewsroomPage::readNotifications);
}

QString NewsroomPage::name() const {
    const layout::CalendarDate& d = m_address.date;
    return tr("%1 %2-%3-%4 page %5")
            .arg(text(m_edition.edition.paper))
            .arg(d.year)
            .arg(d.month, 2, 10, QLatin1Char('0'))
            .arg(d.day, 2, 10, QLatin1Char('0'))
            .arg(m_address.page);
}

std::optional<QString> NewsroomPage::hold(layout::Holding& holding) {
    auto held = m_store.hold(m_edition, m_address.page, kLeaseSeconds);
    if (!held) {
        if (held.error().kind == "page-held") {
            // The holder's name as the store has it now (the pull before may be older).
            if (auto now = fetch()) m_stored = std::move(now).value();
            m_readOnly = tr("read-only: page %1 is held by %2")
                                 .arg(m_address.page)
                                 .arg(text(m_stored.holder));
        } else {
            m_readOnly = tr("read-only: %1").arg(text(held.error().message));
        }
        return m_readOnly;
    }
    holding = std::move(held).value();
    m_holds = true;
    m_readOnly.reset();
    m_renewal.start();
    return std::nullopt;
}

std::optional<layout::Document> NewsroomPage::takeAutosave() {
    auto taken = m_store.takeAutosave(m_edition, m_address.page);
    if (!taken) return std::nullopt;
    return std::move(taken).value();
}

std::optional<QString> NewsroomPage::push(const layout::Document& document) {
    if (!m_holds) return m_readOnly.value_or(tr("the page is not held by this window"));
    if (!reachable())
        return tr(
                "the newsroom's server cannot be reached now; the page is kept here, save "
                "again when the connection is back");
    auto error = m_store.pushPage(m_edition, m_address.page, document);
    readSoon();
    if (error) {
        if (!m_connection.alive()) connectionLost();
        return text(error->message);
    }
    noteJumps(document);  // the page's layout as the store keeps it now
    return std::nullopt;
}

void NewsroomPage::autosave(const layout::Document& document) {
    if (!m_holds) return;
    if (auto error = m_store.autosave(m_edition, m_address.page, document)) {
        // A server gone is said once, as lost, and the timer brings it back; not every minute.
        if (!m_connection.alive()) {
            connectionLost();
            return;
        }
        emit status(tr("The newsroom's autosave was not written: %1").arg(text(error->message)));
    }
}

void NewsroomPage::release() {
    m_renewal.stop();
    if (!m_holds) return;
    m_holds = false;
    // A window closing while the server is gone leaves the lease to run out: nothing is stuck.
    if (m_connection.alive() && !m_connection.run("SELECT 1"))
        m_store.release(m_edition, m_address.page);
}

void NewsroomPage::follow() {
    if (m_following) return;
    if (auto error = m_store.follow(m_edition)) {
        emit status(tr("Others' changes are not followed: %1").arg(text(error->message)));
        return;
    }
    m_following = true;
    // From the last change on record: what comes after it is heard, or read after a reconnect.
    if (auto changes = m_store.changesSince(m_edition, 0); changes && !changes.value().empty())
        m_lastChange = changes.value().back().id;
    watchSocket();
    readSoon();
}

void NewsroomPage::watchSocket() {
    delete m_socket;
    m_socket = nullptr;
    const int fd = m_connection.socket();
    if (fd < 0) return;
    m_socket = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_socket, &QSocketNotifier::activated, this, &NewsroomPage::readNotifications);
}

void NewsroomPage::readNotifications() {
    bool pull = false;
    for (const layout::PgNotification& note : m_connection.takeNotifications()) {
        if (auto change = layout::changeFromPayload(note.payload)) heard(*change, pull);
    }
    if (!m_connection.alive()) {
        connectionLost();
        return;
    }
    if (pull) pullAgain();
    takeWhenFree();
}

void NewsroomPage::heard(const layout::Change& change, bool& pull) {
    if (change.id > m_lastChange) m_lastChange = change.id;
    if (concerns(change, m_address.page, m_holds)) pull = true;
    // Another page saved where a part of a story this page continues stands, or stood: this
    // page's jump lines and starts are worked out again.
    if (change.what == "page-saved" && !pull && touchesJumps(change.page)) pull = true;
    if (!m_holds && change.page == m_address.page && change.what == "page-released")
        m_released = true;
}

void NewsroomPage::takeWhenFree() {
    if (!m_released || m_holds) return;
    m_released = false;
    if (!reachable()) return;
    layout::Holding holding;
    if (hold(holding)) {
        emit pulled(m_stored);  // another was quicker: read-only still, naming them
        return;
    }
    emit nowHeld();
}

bool NewsroomPage::reachable() {
    // A statement that fails fast tells first, without the store's few seconds of patience, and
    // the timer reconnects while the window goes on.
    if (m_connection.alive() && !m_connection.run("SELECT 1")) return true;
    connectionLost();
    return false;
}

void NewsroomPage::pullAgain() {
    if (!reachable()) return;
    auto fresh = fetch();
    if (!fresh) {
        if (!m_connection.alive()) connectionLost();
        return;
    }
    m_stored = std::move(fresh).value();
    readSoon();
    if (!m_holds && m_readOnly)
        m_readOnly = tr("read-only: page %1 is held by %2")
                             .arg(m_address.page)
                             .arg(text(m_stored.holder));
    emit pulled(m_stored);
}

void NewsroomPage::renew() {
    if (!m_holds) return;
    auto error = m_store.renew(m_edition, m_address.page, kLeaseSeconds);
    readSoon();
    if (!error) return;
    if (error->kind == "lease-lost") {
        goReadOnly(text(error->message));
        return;
    }
    if (!m_connection.alive()) connectionLost();
}

void NewsroomPage::goReadOnly(const QString& why) {
    m_holds = false;
    m_renewal.stop();
    if (auto now = fetch()) m_stored = std::move(now).value();
    m_readOnly =
            tr("read-only: page %1 is held by %2").arg(m_address.page).arg(text(m_stored.holder));
    emit leaseLost(why);
}

void NewsroomPage::connectionLost() {
    if (m_reconnect.isActive()) return;
    delete m_socket;  // a closed socket would wake the loop again and again
    m_socket = nullptr;
    emit status(tr("The connection to the newsroom was lost (%1); trying again…")
                        .arg(text(m_connection.describe())));
    m_reconnect.start();
}

void NewsroomPage::tryReconnect() {
    if (!m_connection.reconnect()) return;
    m_reconnect.stop();
    watchSocket();
    // What was missed while the connection was gone, by id: nothing lost.
    bool pull = false;
    if (auto missed = m_store.changesSince(m_edition, m_lastChange)) {
        for (const layout::Change& change : missed.value()) heard(change, pull);
    }
    if (m_holds) renew();
    emit status(tr("The connection to the newsroom is back"));
    if (pull) pullAgain();
    takeWhenFree();
}

}  // namespace banmian::app
