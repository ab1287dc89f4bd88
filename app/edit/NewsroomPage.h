#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "layout/model/MastheadDate.h"
#include "layout/newsroom/EditionStore.h"
#include "layout/pipeline/PageComposer.h"

class QSocketNotifier;

namespace banmian::app {

/// Which page of which edition: the newsroom's database (a URL as libpq takes it; the password
/// never in it, libpq finds it in PGPASSWORD or ~/.pgpass), the edition's day, the page's number.
struct NewsroomAddress {
    QString url;
    layout::CalendarDate date;
    int page = 0;
};

/// A page of the newsroom's edition open in a window: the connection and the store, the page's
/// lease (held and renewed while the window is open, given back when it closes), and the edition
/// followed live — each change to this page heard on the connection's socket, the page pulled
/// again and handed on (pulled()); and so is a save of another page where a story this page
/// continues (转版) stands, so that its jump lines and continuation starts follow. A connection
/// lost is opened again by a timer, and the changes missed meanwhile are read by id, so that none
/// is lost.
class NewsroomPage : public QObject {
    Q_OBJECT

public:
    /// How long a lease lasts and how often it is renewed: a window that crashed frees the page
    /// within half a minute; a renewal may miss twice before the lease runs out.
    static constexpr int kLeaseSeconds = 30;
    static constexpr int kRenewMilliseconds = 10000;
    static constexpr int kReconnectMilliseconds = 2000;
    /// How long one of the store's writes waits for a lost server (the command waits half a
    /// minute): the window must not stop for longer, its reconnect timer does the waiting.
    static constexpr int kPatienceMilliseconds = 2000;

    /// Connects as `who`, finds the edition and opens the page (its jumps put right with
    /// `composer`, the window's, which must outlive it); the error said as a person reads it (no
    /// server, no edition that day, no such page).
    static std::unique_ptr<NewsroomPage> open(const NewsroomAddress& address, const QString& who,
                                              layout::PageComposer& composer, QString& error);
    ~NewsroomPage() override;

    const NewsroomAddress& address() const { return m_address; }
    /// The page as pulled last.
    const layout::StoredPage& stored() const { return m_stored; }
    /// The edition the page is of (its pages, for the page numbers a designer may name).
    const layout::StoredEdition& edition() const { return m_edition; }
    /// The edition's stories with the pages each is placed on; the error, if any.
    layout::Result<std::vector<layout::EditionStory>> stories();
    /// Another page of the edition, held for one change: opened (its jumps put right), changed
    /// by `edit` (which says why not, if it cannot), pushed and given back. Refused, naming the
    /// holder, while another's lease on it is live; the error, if any.
    std::optional<QString> changeOtherPage(
            int number, const std::function<std::optional<QString>(layout::Document&)>& edit);
    /// "徐汇报 2026-12-06 page 3": what the window's title calls it.
    QString name() const;

    /// Takes the page's layout for this window and starts renewing it. Nothing when it is ours
    /// (`holding` says whether it was taken over, with an autosave); else why it is read-only
    /// (another holds it: "read-only: page 3 is held by 王五").
    std::optional<QString> hold(layout::Holding& holding);
    /// Whether this window holds the page's layout (may save it).
    bool holds() const { return m_holds; }
    /// Why the page is read-only here; nothing when this window holds it.
    const std::optional<QString>& readOnly() const { return m_readOnly; }
    /// The unsaved layout the last holder left, over the page's stories and marks now.
    std::optional<layout::Document> takeAutosave();

    /// Writes the page to the edition (File → Save); the error, if any.
    std::optional<QString> push(const layout::Document& document);
    /// Keeps the window's unsaved layout in the store, for whoever takes the page after a crash.
    void autosave(const layout::Document& document);
    /// Gives the page back (the window closes, another page is opened).
    void release();
    /// Follows the edition from now on: the socket watched, the last change's id remembered.
    void follow();

signals:
    /// Someone else changed the page (a mark, a story's text, a round, a sign-off, a save): it
    /// is pulled again, as `page`.
    void pulled(const layout::StoredPage& page);
    /// The lease was lost (someone took the page while this window could not renew): the page
    /// is read-only now (readOnly() says why).
    void leaseLost(const QString& why);
    /// The page was read-only here, its holder gave it back, and this window took it: it may be
    /// changed now.
    void nowHeld();
    /// What the window's status bar should say: the connection lost, back again.
    void status(const QString& message);

private:
    NewsroomPage(NewsroomAddress address, layout::PgConnection connection, const QString& who,
                 layout::PageComposer& composer);
    // The page as the store has it, its jumps put right (layout::openPage()) when it has any;
    // what it continues noted for heard().
    layout::Result<layout::StoredPage> fetch();
    // Notes which stories `stored` (the page's layout as the store keeps it) continues, and on
    // which pages.
    void noteJumps(const layout::Document& stored);
    // Whether a save of page `page` may move where this page's jumps lead.
    bool touchesJumps(int page);
    void watchSocket();
    void readNotifications();
    void readSoon();
    // A change heard (live or caught up): the page pulled again when it is about this page and
    // not this window's own doing.
    void heard(const layout::Change& change, bool& pull);
    void pullAgain();
    // Whether the server answers now; when not, the connection is said lost and tried again.
    bool reachable();
    // Read-only here and given back by its holder: taken, as the next designer would.
    void takeWhenFree();
    void renew();
    void connectionLost();
    void tryReconnect();
    void goReadOnly(const QString& why);

    NewsroomAddress m_address;
    layout::PgConnection m_connection;
    layout::EditionStore m_store;
    layout::StoredEdition m_edition;
    layout::StoredPage m_stored;
    layout::PageComposer& m_composer;
    std::vector<std::string> m_continued;  // the stories this page continues (转版)
    std::set<int> m_jumpPages;             // the pages their other parts stood on when read
    bool m_holds = false;
    std::optional<QString> m_readOnly;
    long long m_lastChange = 0;  // the last change heard, for changesSince() after a reconnect
    bool m_following = false;
    bool m_released = false;  // its holder gave it back (heard, not yet acted on)
    QSocketNotifier* m_socket = nullptr;
    QTimer m_renewal;
    QTimer m_reconnect;
};

}  // namespace banmian::app
