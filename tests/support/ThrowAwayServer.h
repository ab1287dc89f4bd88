#pragma once

#include <string>
#include <vector>

/// A PostgreSQL cluster of its own for a test: initdb and pg_ctl (Debian's postgresql-15) in a
/// temporary folder, listening only on a Unix socket in that folder, run as the postgres user when
/// the tests run as root (the server refuses root); stopped and removed when it goes. Nothing
/// mocked: the tests talk to a real server, which they may stop and start again mid-work.
///
/// A test process that aborts (a crash, a timeout's SIGKILL) runs no destructor and leaves its
/// server running: each folder names the process that owns it (kOwnerFile), and a new server
/// first stops and removes those whose owner is gone.
class ThrowAwayServer {
public:
    /// Where the servers' folders are made: /tmp/banmian-pg-XXXXXX.
    static constexpr const char* kFolderPrefix = "/tmp/banmian-pg-";
    /// The file in a server's folder holding the owning process's id.
    static constexpr const char* kOwnerFile = "owner";

    ThrowAwayServer();
    ~ThrowAwayServer();
    ThrowAwayServer(const ThrowAwayServer&) = delete;
    ThrowAwayServer& operator=(const ThrowAwayServer&) = delete;

    /// Whether it runs; when not, why (error()).
    bool running() const { return m_running; }
    const std::string& error() const { return m_error; }

    /// A new empty database on it, and its URL as libpq takes it ("host=… dbname=… user=…").
    std::string createDatabase(const std::string& name);
    /// The URL of database `name` on it.
    std::string url(const std::string& name) const;
    const std::string& folder() const { return m_folder; }

    /// Stops the server (fast: sessions are cut, as in a crash of the network or a restart).
    bool stop();
    /// Starts it again on the same data and socket.
    bool start();

private:
    // Stops and removes the servers of test processes that died without doing it.
    void stopLeftovers();
    bool runAsServerUser(const std::string& program, const std::vector<std::string>& args);

    std::string m_folder;  // the socket's and the log's; the data in data/
    std::string m_bin;     // PostgreSQL's programs
    bool m_running = false;
    std::string m_error;
};
