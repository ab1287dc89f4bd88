#include "ThrowAwayServer.h"

#include <pwd.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

#include "RunProcess.h"

namespace fs = std::filesystem;

namespace {

// The newest PostgreSQL installed the Debian way (/usr/lib/postgresql/15/bin).
std::string serverPrograms() {
    std::string best;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", error)) {
        const fs::path bin = entry.path() / "bin";
        if (fs::exists(bin / "initdb") && bin.string() > best) best = bin.string();
    }
    return best;
}

std::string readAll(const fs::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Whether process `pid` still runs (another user's counts: kill() is refused, not failed).
bool alive(pid_t pid) {
    return pid > 0 && (::kill(pid, 0) == 0 || errno != ESRCH);
}

}  // namespace

void ThrowAwayServer::stopLeftovers() {
    const fs::path prefix(kFolderPrefix);
    std::vector<fs::path> folders;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(prefix.parent_path(), error)) {
        if (entry.path().filename().string().starts_with(prefix.filename().string()))
            folders.push_back(entry.path());
    }
    for (const fs::path& folder : folders) {
        // A folder without an owner is one being made this moment, or one of a build from before
        // owners were written, perhaps in use: left alone.
        std::ifstream owner(folder / kOwnerFile);
        long pid = 0;
        if (!(owner >> pid) || alive(static_cast<pid_t>(pid))) continue;
        const std::string keep = m_error;
        if (fs::exists(folder / "data" / "postmaster.pid"))
            runAsServerUser(m_bin + "/pg_ctl", {"-D", (folder / "data").string(), "-w", "-s", "-m",
                                                "immediate", "stop"});
        m_error = keep;  // a server that had died with its owner is no error of this one
        std::error_code ignored;
        fs::remove_all(folder, ignored);
    }
}

ThrowAwayServer::ThrowAwayServer() {
    m_bin = serverPrograms();
    if (m_bin.empty()) {
        m_error =
                "no PostgreSQL server programs in /usr/lib/postgresql/*/bin (install "
                "postgresql-15: scripts/setup does)";
        return;
    }
    stopLeftovers();
    std::string folder = std::string(kFolderPrefix) + "XXXXXX";
    if (!mkdtemp(folder.data())) {
        m_error = "cannot make a temporary folder";
        return;
    }
    m_folder = folder;
    std::ofstream(m_folder + "/" + kOwnerFile) << ::getpid() << "\n";
    if (geteuid() == 0) {
        // The server refuses to run as root: its folder is given to the postgres user.
        const passwd* postgres = getpwnam("postgres");
        if (!postgres || chown(m_folder.c_str(), postgres->pw_uid, postgres->pw_gid) != 0) {
            m_error = "running as root, but there is no postgres user to run the server as";
            return;
        }
    }
    if (!runAsServerUser(m_bin + "/initdb", {"-D", m_folder + "/data", "-N", "-A", "trust", "-U",
                                             "postgres", "-E", "UTF8", "--locale=C.UTF-8"})) {
        return;
    }
    start();
}

ThrowAwayServer::~ThrowAwayServer() {
    if (m_running)
        runAsServerUser(m_bin + "/pg_ctl",
                        {"-D", m_folder + "/data", "-w", "-s", "-m", "immediate", "stop"});
    if (!m_folder.empty()) {
        std::error_code ignored;
        fs::remove_all(m_folder, ignored);
    }
}

bool ThrowAwayServer::runAsServerUser(const std::string& program,
                                      const std::vector<std::string>& args) {
    ProcessOutput output;
    if (geteuid() == 0) {
        std::vector<std::string> all{"-u", "postgres", "--", program};
        all.insert(all.end(), args.begin(), args.end());
        output = runProcess("/usr/sbin/runuser", all, {}, {}, 120);
    } else {
        output = runProcess(program, args, {}, {}, 120);
    }
    if (output.exitCode != 0) {
        m_error = program + " failed (" + std::to_string(output.exitCode) + "): " + output.err +
                  output.out + readAll(m_folder + "/log");
        return false;
    }
    return true;
}

bool ThrowAwayServer::start() {
    // No TCP at all: the socket in the folder, and no fsync (a throw-away cluster).
    m_running = runAsServerUser(
            m_bin + "/pg_ctl",
            {"-D", m_folder + "/data", "-w", "-s", "-l", m_folder + "/log", "-o",
             "-k " + m_folder + " -c listen_addresses='' -F -c max_connections=100", "start"});
    return m_running;
}

bool ThrowAwayServer::stop() {
    if (!m_running) return true;
    m_running = !runAsServerUser(m_bin + "/pg_ctl",
                                 {"-D", m_folder + "/data", "-w", "-s", "-m", "fast", "stop"});
    return !m_running;
}

std::string ThrowAwayServer::url(const std::string& name) const {
    return "host=" + m_folder + " dbname=" + name + " user=postgres";
}

std::string ThrowAwayServer::createDatabase(const std::string& name) {
    const ProcessOutput made = runProcess(
            "/usr/bin/psql", {"-X", "-q", "-d", url("postgres"), "-c", "CREATE DATABASE " + name});
    if (made.exitCode != 0) m_error = "CREATE DATABASE " + name + ": " + made.err;
    return url(name);
}
