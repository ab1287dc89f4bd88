#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "layout/base/Result.h"

struct pg_conn;
struct pg_result;

namespace banmian::layout {

/// The rows a statement returned, as text (libpq's text format), a null as no value.
class PgRows {
public:
    PgRows() = default;
    explicit PgRows(pg_result* result);

    int size() const;
    bool empty() const { return size() == 0; }
    /// Row `row`'s value in column `column`; none for SQL NULL.
    std::optional<std::string> at(int row, int column) const;
    /// The same, "" for NULL.
    std::string text(int row, int column) const;
    long long number(int row, int column) const;
    /// How many rows an UPDATE, INSERT or DELETE touched.
    long long affected() const;

private:
    friend class PgConnection;
    std::shared_ptr<pg_result> m_result;
};

/// A value for a statement's $1, $2 …; none is SQL NULL.
using PgParam = std::optional<std::string>;

/// A notification a server pushed (LISTEN/NOTIFY): its channel and payload.
struct PgNotification {
    std::string channel;
    std::string payload;
};

/// One connection to the newsroom's PostgreSQL server (libpq), opened from a URL as libpq takes it
/// (postgresql://user@host/db, or "host=… dbname=…"); the password comes from PGPASSWORD or
/// ~/.pgpass, as libpq finds it, never from a file of ours. Errors come back as values whose
/// message says what to do; a connection the server dropped is opened again by reconnect().
class PgConnection {
public:
    /// Connects; the error says which server could not be reached and why, never the password.
    static Result<PgConnection> open(const std::string& url);

    PgConnection(PgConnection&&) noexcept = default;
    PgConnection& operator=(PgConnection&&) noexcept = default;
    ~PgConnection();

    /// Runs one statement with its parameters ($1 …), each sent apart from the SQL text (never
    /// pasted into it). A failure is kind "database" (or "database-gone" when the connection was
    /// lost: reconnect() and try again).
    Result<PgRows> exec(std::string_view sql, const std::vector<PgParam>& params = {});
    /// Runs statements with no parameters and no rows (a schema's DDL, BEGIN, LISTEN …).
    std::optional<Diagnostic> run(std::string_view sql);

    /// Whether the server is still there, as far as libpq knows.
    bool alive() const;
    /// Opens the connection again (after the server restarted); the LISTENs it had are made
    /// again. Whether it is open now.
    bool reconnect();

    /// Asks the server for notifications on `channel` (LISTEN), kept across reconnect().
    std::optional<Diagnostic> listen(const std::string& channel);
    /// Reads what the server sent, without waiting, and returns the notifications that came.
    std::vector<PgNotification> takeNotifications();
    /// Waits up to `milliseconds` for the server to send something (a notification); whether it
    /// did. For processes with no event loop (the command, the load test's clients).
    bool waitForServer(int milliseconds);
    /// The connection's socket, for an event loop to watch; -1 when closed.
    int socket() const;

    /// "database banmian on /tmp/x (user postgres)": which server, for messages.
    std::string describe() const;
    /// libpq's handle, for what this class does not wrap.
    pg_conn* handle() const { return m_connection.get(); }

private:
    struct Closer {
        void operator()(pg_conn* connection) const;
    };
    PgConnection(std::unique_ptr<pg_conn, Closer> connection, std::string url);
    std::optional<Diagnostic> failure(const PgRows& rows) const;

    std::unique_ptr<pg_conn, Closer> m_connection;
    std::string m_url;
    std::vector<std::string> m_channels;
};

/// `name` quoted as an SQL identifier ("edition_3"), for LISTEN, which takes no parameter.
std::string quoteIdentifier(std::string_view name);

}  // namespace banmian::layout
