// The page's layout held by one designer at a time, by a lease rather than a lock: the open
// window renews it, and one that crashed or was killed simply stops renewing, so the page is free
// again when the lease runs out — no lock left behind, no administrator to clear it
// (research/newsroom-workflow.md §3: WoodWing's Abort Checkout, GN4's forced unlock). The server's
// clock decides, so that two machines' clocks never disagree about it.
#include "layout/newsroom/EditionStore.h"
#include "layout/newsroom/PageParts.h"
#include "layout/newsroom/SqlValues.h"
#include "layout/newsroom/Transaction.h"

namespace banmian::layout {

namespace {

std::string leaseFor(int seconds) {
    return std::to_string(seconds < 1 ? 1 : seconds);
}

}  // namespace

Result<Holding> EditionStore::hold(const StoredEdition& edition, int number, int seconds) {
    return transaction<Holding>([&]() -> Result<Holding> {
        const std::string e = std::to_string(edition.id), page = std::to_string(number);
        auto row = m_connection.exec(
                "SELECT holder, holder_session, coalesce(lease_until > now(), false), to_char("
                "lease_until, " +
                        std::string(kIsoTime) +
                        "), autosave IS NOT NULL, autosave_by, "
                        "to_char(autosave_at, " +
                        std::string(kIsoTime) +
                        ") FROM banmian.pages WHERE edition "
                        "= $1 AND number = $2 FOR UPDATE",
                {e, page});
        if (!row) return row.error();
        if (row.value().empty()) {
            return Diagnostic{0, "the edition has no page " + page, Severity::Error, "no-page"};
        }
        const PgRows& r = row.value();
        const std::string holder = r.text(0, 0), session = r.text(0, 1);
        const bool live = r.text(0, 2) == "t";
        if (live && session != m_worker.session) {
            return Diagnostic{0,
                              "page " + page + " is held by " + holder + " until " + r.text(0, 3) +
                                      " (renewed while their window is open); open it read-only, "
                                      "or take it when they close it",
                              Severity::Error, "page-held"};
        }
        Holding holding;
        holding.tookOver = !session.empty() && session != m_worker.session;
        if (holding.tookOver) holding.from = holder;
        holding.autosave = r.text(0, 4) == "t";
        holding.autosaveBy = r.text(0, 5);
        holding.autosaveAt = r.text(0, 6);
        auto taken = m_connection.exec(
                "UPDATE banmian.pages SET holder = $3, holder_session = $4, lease_until = now() + "
                "make_interval(secs => $5::int) WHERE edition = $1 AND number = $2 RETURNING "
                "to_char(lease_until, " +
                        std::string(kIsoTime) + ")",
                {e, page, m_worker.name, m_worker.session, leaseFor(seconds)});
        if (!taken) return taken.error();
        holding.leaseUntil = taken.value().text(0, 0);
        if (session != m_worker.session) {
            auto c = recordChange(m_connection, edition.id,
                                  {0, holding.tookOver ? "page-taken-over" : "page-held", number,
                                   "", "", m_worker.name, holding.from});
            if (!c) return c.error();
        }
        return holding;
    });
}

std::optional<Diagnostic> EditionStore::renew(const StoredEdition& edition, int number,
                                              int seconds) {
    auto renewed = m_connection.exec(
            "UPDATE banmian.pages SET lease_until = now() + make_interval(secs => $4::int) WHERE "
            "edition = $1 AND number = $2 AND holder_session = $3",
            {std::to_string(edition.id), std::to_string(number), m_worker.session,
             leaseFor(seconds)});
    if (!renewed) return renewed.error();
    if (renewed.value().affected() == 0) {
        return Diagnostic{0,
                          "page " + std::to_string(number) +
                                  " is no longer yours: your lease ran out and someone else took "
                                  "it; your changes are kept as your autosave",
                          Severity::Error, "lease-lost"};
    }
    return std::nullopt;
}

std::optional<Diagnostic> EditionStore::release(const StoredEdition& edition, int number) {
    auto released = transaction<bool>([&]() -> Result<bool> {
        auto row = m_connection.exec(
                "UPDATE banmian.pages SET holder = NULL, holder_session = NULL, lease_until = NULL "
                "WHERE edition = $1 AND number = $2 AND holder_session = $3",
                {std::to_string(edition.id), std::to_string(number), m_worker.session});
        if (!row) return row.error();
        if (row.value().affected() == 0) return false;
        auto c = recordChange(m_connection, edition.id,
                              {0, "page-released", number, "", "", m_worker.name});
        if (!c) return c.error();
        return true;
    });
    if (!released) return released.error();
    return std::nullopt;
}

std::optional<Diagnostic> EditionStore::autosave(const StoredEdition& edition, int number,
                                                 const Document& document) {
    auto saved = m_connection.exec(
            "UPDATE banmian.pages SET autosave = $4::jsonb, autosave_by = $5, autosave_at = now() "
            "WHERE edition = $1 AND number = $2 AND holder_session = $3",
            {std::to_string(edition.id), std::to_string(number), m_worker.session,
             splitPage(document).layout.dump(), m_worker.name});
    if (!saved) return saved.error();
    if (saved.value().affected() == 0) {
        return Diagnostic{0,
                          "page " + std::to_string(number) +
                                  " is not held by you: its autosave was not written",
                          Severity::Error, "lease-lost"};
    }
    return std::nullopt;
}

Result<std::optional<Document>> EditionStore::takeAutosave(const StoredEdition& edition,
                                                           int number) {
    return transaction<std::optional<Document>>([&]() -> Result<std::optional<Document>> {
        auto stored = readPage(edition, number, false);
        if (!stored) return stored.error();
        auto row = m_connection.exec(
                "SELECT autosave FROM banmian.pages WHERE edition = $1 AND number = $2 AND "
                "autosave IS NOT NULL",
                {std::to_string(edition.id), std::to_string(number)});
        if (!row) return row.error();
        if (row.value().empty()) return std::optional<Document>();
        // The holder's layout over the page's stories and marks as they are now.
        PageParts parts = splitPage(stored.value().document);
        parts.layout = nlohmann::ordered_json::parse(row.value().text(0, 0), nullptr, false);
        auto document = joinPage(parts);
        if (!document) return document.error();
        return std::optional<Document>(std::move(document).value());
    });
}

}  // namespace banmian::layout
