#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "layout/base/Result.h"
#include "layout/document/Document.h"
#include "layout/edition/Edition.h"
#include "layout/newsroom/Changes.h"
#include "layout/newsroom/PgConnection.h"
#include "layout/newsroom/Transaction.h"

namespace banmian::layout {

/// Who is at work: the name the newsroom knows them by, and their window or process (a random
/// session id): two windows of one person are two holders.
struct Worker {
    std::string name;
    std::string session;
};

/// A new session id for a window or a process.
std::string newSession();

/// An edition found in the store: its row's id and what it is.
struct StoredEdition {
    long long id = 0;
    Edition edition;
};

/// A page as the store has it: its document (stories, marks, rounds joined in), the layout's
/// version, and who holds it.
struct StoredPage {
    Document document;
    long long version = 0;
    std::string section;
    std::string holder;  ///< who holds its layout; empty: no one
    std::string holderSession;
    bool leaseLive = false;  ///< the holder's lease has not run out
    std::string leaseUntil;  ///< ISO 8601
    bool sent = false;
    /// Each story's version as read: what an editor's save is checked against.
    std::map<std::string, long long> storyVersions;
};

/// What happened when a page was taken: whether it was free, held by this worker already, or
/// taken over from someone whose lease ran out — and whether that holder left an autosave.
struct Holding {
    bool tookOver = false;
    std::string from;        ///< the holder whose lease ran out
    std::string leaseUntil;  ///< ours now, ISO 8601
    bool autosave = false;   ///< the last holder's unsaved layout is kept (takeAutosave())
    std::string autosaveBy, autosaveAt;
};

/// An edition in the newsroom's PostgreSQL (Schema.h), as one worker reads and writes it. Every
/// write is one transaction with its Change row and notification, so that nothing is half-written
/// and every window hears of it; a lost connection is opened again and the transaction run again.
/// A page's layout is written only by the one who holds it (hold(): a lease the window renews);
/// stories, marks, rounds and sign-offs by anyone, each in rows of their own.
class EditionStore {
public:
    EditionStore(PgConnection& connection, Worker worker);

    const Worker& worker() const { return m_worker; }
    PgConnection& connection() { return m_connection; }

    /// How long a write waits for a lost server to come back before it gives up and says so:
    /// half a minute (a restart) for a command; a window waits little and reconnects on its own
    /// timer, so that it never stops for long.
    void setPatience(std::chrono::milliseconds patience) { m_patience = patience; }

    /// A new edition of `pages` pages, each made by `newPage`; an error when that paper has an
    /// edition of that day already.
    Result<StoredEdition> createEdition(const std::string& paper, const CalendarDate& date,
                                        int pages,
                                        const std::function<Document(const EditionPage&)>& newPage);
    /// The edition of `date` (of `paper`, when the newsroom makes several papers that day).
    Result<StoredEdition> findEdition(const CalendarDate& date, const std::string& paper = {});

    /// Brings stories into the edition's stock, placed on no page yet; a story whose id the
    /// edition has is not brought twice. How many were new.
    Result<int> importStories(const StoredEdition& edition, const std::vector<Story>& stories);

    /// Every story of the edition, in the order they came in, with the pages each is placed on
    /// (EditionStories.cpp).
    Result<std::vector<EditionStory>> stories(const StoredEdition& edition);

    /// Page `number` as it stands (the designer's layout, the editors' text, every mark).
    Result<StoredPage> pullPage(const StoredEdition& edition, int number);
    /// Writes page `number` from `document`: its layout, its stories' text, its marks, rounds and
    /// sign-offs. Refused while another holds the page, and for a signed page. `read`: the
    /// stories' versions as this copy read them (StoredPage::storyVersions), as a window has
    /// them: a story an editor saved since is not written back (text and geometry apart: the
    /// designer's save never undoes an editor's), and a mark only this copy has is added, one
    /// both have takes this copy's only where this copy decided it. Without `read` (a file pushed
    /// in), the file's text and marks replace the edition's; what they replace stays in the
    /// history (the change's detail).
    std::optional<Diagnostic> pushPage(const StoredEdition& edition, int number,
                                       const Document& document,
                                       const std::map<std::string, long long>* read = nullptr);

    /// A proofreader's mark on page `page` (on its story's text: it never waits for the layout).
    /// Written once however often it is sent (by its id). The change notified.
    Result<Change> addMark(const StoredEdition& edition, int page, const ProofMark& mark);
    /// An editor's new text for a story, checked against the version they read (an error naming
    /// who changed it meanwhile); its marks found again in the new text and kept. The new version.
    Result<long long> saveStory(const StoredEdition& edition, const Story& story,
                                long long readVersion);

    /// Every page's state, holder and marks.
    Result<std::vector<PageStatus>> status(const StoredEdition& edition);
    /// Records that page `number` went to the plant (已付印).
    std::optional<Diagnostic> markSent(const StoredEdition& edition, int number);
    /// The edition's changes after `after`, in order: what a window that lost its connection
    /// missed.
    Result<std::vector<Change>> changesSince(const StoredEdition& edition, long long after);
    /// Asks the server to push this edition's changes to this connection (takeNotifications()).
    std::optional<Diagnostic> follow(const StoredEdition& edition);

    // Leases (PageLease.cpp): the layout held by one designer at a time, no lock left behind.

    /// Takes page `number`'s layout for `seconds` (renew() before they run out): refused, naming
    /// the holder and until when, while another's lease is live; a lease run out is taken over.
    Result<Holding> hold(const StoredEdition& edition, int number, int seconds);
    /// Renews this worker's lease; an error when it ran out and someone else took the page.
    std::optional<Diagnostic> renew(const StoredEdition& edition, int number, int seconds);
    /// Gives the page back (a window closed): the next designer takes it at once.
    std::optional<Diagnostic> release(const StoredEdition& edition, int number);
    /// Keeps this holder's unsaved layout of the page, for whoever takes it over after a crash.
    std::optional<Diagnostic> autosave(const StoredEdition& edition, int number,
                                       const Document& document);
    /// The autosave the last holder left on page `number` (none: there is none), joined with the
    /// page's stories and marks as they are now.
    Result<std::optional<Document>> takeAutosave(const StoredEdition& edition, int number);

private:
    Result<StoredPage> readPage(const StoredEdition& edition, int number, bool lock);
    // One transaction of this store, waiting for a lost server as patiently as it was told.
    template <typename T, typename Work>
    Result<T> transaction(Work&& work) {
        return inTransaction<T>(m_connection, std::forward<Work>(work), m_patience);
    }

    PgConnection& m_connection;
    Worker m_worker;
    std::chrono::milliseconds m_patience = kReconnectPatience;
};

}  // namespace banmian::layout
