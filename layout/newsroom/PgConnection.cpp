#include "layout/newsroom/PgConnection.h"

#include <libpq-fe.h>
#include <poll.h>

#include <cstdlib>

namespace banmian::layout {

namespace {

// libpq ends its messages with a line feed, and some span lines: one line for ours.
std::string oneLine(const char* message) {
    std::string text = message ? message : "";
    for (char& c : text) {
        if (c == '\n') c = ' ';
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return text;
}

// Which server a URL names, for a message: its host (or socket folder), port and database, never
// its password.
std::string serverNamed(const std::string& url) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(url.c_str(), &error);
    if (!options) {
        std::string text = "the database URL cannot be read (" + oneLine(error) + ")";
        PQfreemem(error);
        return text;
    }
    std::string host, port, dbname;
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        const std::string key = o->keyword;
        const std::string value = o->val ? o->val : "";
        if (key == "host" || (key == "hostaddr" && host.empty())) host = value;
        if (key == "port") port = value;
        if (key == "dbname") dbname = value;
    }
    PQconninfoFree(options);
    std::string text = "database " + (dbname.empty() ? std::string("(the user's)") : dbname);
    text += " on " + (host.empty() ? std::string("the local server") : host);
    if (!port.empty()) text += " port " + port;
    return text;
}

}  // namespace

PgRows::PgRows(pg_result* result) : m_result(result, PQclear) {}

int PgRows::size() const {
    return m_result ? PQntuples(m_result.get()) : 0;
}

std::optional<std::string> PgRows::at(int row, int column) const {
    if (!m_result || row >= size() || column >= PQnfields(m_result.get())) return std::nullopt;
    if (PQgetisnull(m_result.get(), row, column)) return std::nullopt;
    return std::string(PQgetvalue(m_result.get(), row, column),
                       PQgetlength(m_result.get(), row, column));
}

std::string PgRows::text(int row, int column) const {
    return at(row, column).value_or("");
}

long long PgRows::number(int row, int column) const {
    const auto value = at(row, column);
    return value ? std::atoll(value->c_str()) : 0;
}

long long PgRows::affected() const {
    return m_result ? std::atoll(PQcmdTuples(m_result.get())) : 0;
}

void PgConnection::Closer::operator()(pg_conn* connection) const {
    PQfinish(connection);
}

PgConnection::PgConnection(std::unique_ptr<pg_conn, Closer> connection, std::string url)
    : m_connection(std::move(connection)), m_url(std::move(url)) {}

PgConnection::~PgConnection() = default;

Result<PgConnection> PgConnection::open(const std::string& url) {
    std::unique_ptr<pg_conn, Closer> connection(PQconnectdb(url.c_str()));
    if (!connection || PQstatus(connection.get()) != CONNECTION_OK) {
        const std::string why =
                connection ? oneLine(PQerrorMessage(connection.get())) : "out of memory";
        return Diagnostic{0,
                          "cannot reach the newsroom's " + serverNamed(url) + ": " + why +
                                  "; check --db (a libpq URL: postgresql://user@host/db), that the "
                                  "server runs, and the password in PGPASSWORD or ~/.pgpass",
                          Severity::Error, "database-unreachable"};
    }
    // Quiet: the schema's "already exists, skipping" notices are not for the user's terminal.
    PQsetNoticeProcessor(
            connection.get(), [](void*, const char*) {}, nullptr);
    return PgConnection(std::move(connection), url);
}

Result<PgRows> PgConnection::exec(std::string_view sql, const std::vector<PgParam>& params) {
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const PgParam& p : params) values.push_back(p ? p->c_str() : nullptr);
    const std::string statement(sql);
    PgRows rows(PQexecParams(m_connection.get(), statement.c_str(), static_cast<int>(values.size()),
                             nullptr, values.data(), nullptr, nullptr, 0));
    if (auto error = failure(rows)) return *error;
    return rows;
}

std::optional<Diagnostic> PgConnection::failure(const PgRows& rows) const {
    const ExecStatusType status = PQresultStatus(rows.m_result.get());
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return std::nullopt;
    if (!alive()) {
        return Diagnostic{0,
                          "the connection to the newsroom's " + describe() +
                                  " was lost: " + oneLine(PQerrorMessage(m_connection.get())),
                          Severity::Error, "database-gone"};
    }
    const char* state = PQresultErrorField(rows.m_result.get(), PG_DIAG_SQLSTATE);
    return Diagnostic{0,
                      "the newsroom's database refused it: " +
                              oneLine(PQresultErrorMessage(rows.m_result.get())),
                      Severity::Error,
                      std::string("database") + (state ? std::string(":") + state : "")};
}

std::optional<Diagnostic> PgConnection::run(std::string_view sql) {
    // The simple query protocol (PQexec): several statements in one text, as a schema's are.
    PgRows rows(PQexec(m_connection.get(), std::string(sql).c_str()));
    return failure(rows);
}

bool PgConnection::alive() const {
    return m_connection && PQstatus(m_connection.get()) == CONNECTION_OK;
}

bool PgConnection::reconnect() {
    PQreset(m_connection.get());
    if (!alive()) return false;
    PQsetNoticeProcessor(
            m_connection.get(), [](void*, const char*) {}, nullptr);
    for (const std::string& channel : m_channels) {
        if (run("LISTEN " + quoteIdentifier(channel))) return false;
    }
    return true;
}

std::optional<Diagnostic> PgConnection::listen(const std::string& channel) {
    if (auto error = run("LISTEN " + quoteIdentifier(channel))) return error;
    m_channels.push_back(channel);
    return std::nullopt;
}

std::vector<PgNotification> PgConnection::takeNotifications() {
    std::vector<PgNotification> notes;
    if (!PQconsumeInput(m_connection.get())) return notes;
    while (PGnotify* note = PQnotifies(m_connection.get())) {
        notes.push_back({note->relname, note->extra ? note->extra : ""});
        PQfreemem(note);
    }
    return notes;
}

bool PgConnection::waitForServer(int milliseconds) {
    pollfd fd{socket(), POLLIN, 0};
    if (fd.fd < 0) return false;
    return ::poll(&fd, 1, milliseconds) > 0;
}

int PgConnection::socket() const {
    return m_connection ? PQsocket(m_connection.get()) : -1;
}

std::string PgConnection::describe() const {
    if (!m_connection) return serverNamed(m_url);
    const char* host = PQhost(m_connection.get());
    const char* db = PQdb(m_connection.get());
    const char* user = PQuser(m_connection.get());
    return std::string("database ") + (db ? db : "?") + " on " + (host ? host : "?") + " (user " +
           (user ? user : "?") + ")";
}

std::string quoteIdentifier(std::string_view name) {
    std::string quoted = "\"";
    for (char c : name) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

}  // namespace banmian::layout
