#include "layout/newsroom/Schema.h"

#include <string_view>

#include "layout/newsroom/Transaction.h"

namespace banmian::layout {

namespace {

// Migration N brings the schema from version N-1 to N. Never edit one that has shipped: add the
// next. Text and geometry are kept apart (research/newsroom-workflow.md §4): a page's layout is
// written by the one designer who holds it; stories by editors, marks by proofreaders, rounds and
// sign-offs by editors, each in its own rows, so that none of them waits for the layout.
constexpr std::string_view kMigrations[] = {
        // 1: editions, pages with their leases, stories, placements, marks, rounds, sign-offs,
        // photos, and every change with who and when.
        R"sql(
CREATE TABLE banmian.editions (
    id bigserial PRIMARY KEY,
    paper text NOT NULL CHECK (paper <> ''),
    date date NOT NULL,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (paper, date)
);
CREATE TABLE banmian.pages (
    edition bigint NOT NULL REFERENCES banmian.editions ON DELETE CASCADE,
    number int NOT NULL CHECK (number > 0),
    section text NOT NULL DEFAULT '',
    -- the page's document without its stories, marks, rounds and sign-offs: the grid, the
    -- blocks, the styles, the print settings, the day's photos
    layout jsonb NOT NULL,
    version bigint NOT NULL DEFAULT 1,
    saved_by text NOT NULL,
    saved_at timestamptz NOT NULL DEFAULT now(),
    -- the lease: who holds the layout, from which window, until when (renewed while it is open)
    holder text,
    holder_session text,
    lease_until timestamptz,
    -- the holder's unsaved layout, offered to whoever takes the page over after a crash
    autosave jsonb,
    autosave_by text,
    autosave_at timestamptz,
    sent_at timestamptz,
    sent_by text,
    PRIMARY KEY (edition, number)
);
CREATE TABLE banmian.stories (
    edition bigint NOT NULL REFERENCES banmian.editions ON DELETE CASCADE,
    id text NOT NULL,
    -- the page it came in with; none: the day's stock, placed on no page yet
    page int,
    position int NOT NULL DEFAULT 0,
    story jsonb NOT NULL,
    manuscript text,
    version bigint NOT NULL DEFAULT 1,
    edited_by text NOT NULL,
    edited_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (edition, id)
);
CREATE TABLE banmian.placements (
    edition bigint NOT NULL REFERENCES banmian.editions ON DELETE CASCADE,
    page int NOT NULL,
    block text NOT NULL,
    kind text NOT NULL,
    story text,
    PRIMARY KEY (edition, page, block)
);
CREATE INDEX placements_story ON banmian.placements (edition, story);
CREATE TABLE banmian.marks (
    edition bigint NOT NULL REFERENCES banmian.editions ON DELETE CASCADE,
    id text NOT NULL,
    story text NOT NULL,
    mark jsonb NOT NULL,
    author text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    version bigint NOT NULL DEFAULT 1,
    PRIMARY KEY (edition, id)
);
CREATE INDEX marks_story ON banmian.marks (edition, story);
CREATE TABLE banmian.rounds (
    edition bigint NOT NULL REFERENCES banmian.editions ON DELETE CASCADE,
    page int NOT NULL,
    number int NOT NULL CHECK (number > 0),
    round jsonb NOT NULL,
    PRIMARY KEY (edition, page, number)
);
CREATE TABLE banmian.sign_offs (
    edition bigint NOT NULL REFERENCES banmian.editions ON DELETE CASCADE,
    page int NOT NULL,
    seq int NOT NULL,
    event jsonb NOT NULL,
    PRIMARY KEY (edition, page, seq)
);
CREATE TABLE banmian.photos (
    edition bigint NOT NULL REFERENCES banmian.editions ON DELETE CASCADE,
    id text NOT NULL,
    path text,
    data bytea,
    added_by text NOT NULL,
    added_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (edition, id),
    CHECK (path IS NOT NULL OR data IS NOT NULL)
);
CREATE TABLE banmian.changes (
    id bigserial PRIMARY KEY,
    edition bigint NOT NULL REFERENCES banmian.editions ON DELETE CASCADE,
    at timestamptz NOT NULL DEFAULT now(),
    who text NOT NULL,
    what text NOT NULL,
    page int,
    story text,
    mark text,
    detail text NOT NULL DEFAULT ''
);
CREATE INDEX changes_edition ON banmian.changes (edition, id);
)sql",
};

static_assert(std::size(kMigrations) == kSchemaVersion, "one migration per schema version");

// Only one init or migrate runs at a time, whoever else tries waits (a transaction-level
// advisory lock, released at commit): the key is any number no other program of the newsroom uses.
constexpr std::string_view kSchemaLock = "SELECT pg_advisory_xact_lock(7202612051)";

Result<int> versionInTransaction(PgConnection& connection) {
    auto exists = connection.exec("SELECT to_regclass('banmian.schema_version') IS NOT NULL");
    if (!exists) return exists.error();
    if (exists.value().text(0, 0) != "t") return 0;
    auto rows = connection.exec("SELECT coalesce(max(version), 0) FROM banmian.schema_version");
    if (!rows) return rows.error();
    return static_cast<int>(rows.value().number(0, 0));
}

Diagnostic newer(int version) {
    return Diagnostic{0,
                      "the newsroom's database has Banmian's schema version " +
                              std::to_string(version) + ", newer than this build's (" +
                              std::to_string(kSchemaVersion) +
                              "): use the Banmian that migrated it, or a newer one",
                      Severity::Error, "schema-newer"};
}

// Applies migrations from `from` up, each in the caller's transaction.
std::optional<Diagnostic> apply(PgConnection& connection, int from, const std::string& who) {
    for (int version = from + 1; version <= kSchemaVersion; ++version) {
        if (auto error = connection.run(kMigrations[version - 1])) return error;
        auto done = connection.exec(
                "INSERT INTO banmian.schema_version (version, applied_by) VALUES ($1, $2)",
                {std::to_string(version), who});
        if (!done) return done.error();
    }
    return std::nullopt;
}

}  // namespace

Result<int> schemaVersion(PgConnection& connection) {
    return versionInTransaction(connection);
}

Result<SchemaChange> initSchema(PgConnection& connection, const std::string& who) {
    return inTransaction<SchemaChange>(connection, [&]() -> Result<SchemaChange> {
        if (auto error = connection.run(kSchemaLock)) return *error;
        auto version = versionInTransaction(connection);
        if (!version) return version.error();
        if (version.value() > kSchemaVersion) return newer(version.value());
        if (version.value() > 0) {
            return Diagnostic{0,
                              "the newsroom's database has Banmian's schema already (version " +
                                      std::to_string(version.value()) +
                                      "); use banmian newsroom migrate to bring it up to date",
                              Severity::Error, "schema-exists"};
        }
        if (auto error = connection.run(
                    "CREATE SCHEMA IF NOT EXISTS banmian;"
                    "CREATE TABLE banmian.schema_version (version int PRIMARY KEY, applied_by "
                    "text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"))
            return *error;
        if (auto error = apply(connection, 0, who)) return *error;
        return SchemaChange{0, kSchemaVersion};
    });
}

Result<SchemaChange> migrateSchema(PgConnection& connection, const std::string& who) {
    return inTransaction<SchemaChange>(connection, [&]() -> Result<SchemaChange> {
        if (auto error = connection.run(kSchemaLock)) return *error;
        auto version = versionInTransaction(connection);
        if (!version) return version.error();
        if (version.value() == 0) {
            return Diagnostic{0,
                              "the newsroom's database has no Banmian schema; create it with "
                              "banmian newsroom init --db URL",
                              Severity::Error, "schema-missing"};
        }
        if (version.value() > kSchemaVersion) return newer(version.value());
        if (auto error = apply(connection, version.value(), who)) return *error;
        return SchemaChange{version.value(), kSchemaVersion};
    });
}

std::optional<Diagnostic> checkSchema(PgConnection& connection) {
    auto version = schemaVersion(connection);
    if (!version) return version.error();
    if (version.value() == 0) {
        return Diagnostic{0,
                          "the newsroom's " + connection.describe() +
                                  " has no Banmian schema; create it with banmian newsroom init "
                                  "--db URL",
                          Severity::Error, "schema-missing"};
    }
    if (version.value() > kSchemaVersion) return newer(version.value());
    if (version.value() < kSchemaVersion) {
        return Diagnostic{0,
                          "the newsroom's database has Banmian's schema version " +
                                  std::to_string(version.value()) + ", older than this build's (" +
                                  std::to_string(kSchemaVersion) +
                                  "); bring it up to date with banmian newsroom migrate --db URL",
                          Severity::Error, "schema-older"};
    }
    return std::nullopt;
}

}  // namespace banmian::layout
