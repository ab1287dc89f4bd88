// Nothing lost from the command: `banmian` refuses a page document, other JSON or a PDF as
// articles and writes nothing; never writes over a page document without --force, nor ever over
// a page a running window holds; writes through a link to its target, into a device or pipe
// without replacing it, to standard output with -o -, keeping a file's permissions; and a word
// that is no subcommand, or a file that is not there, is one line and an exit — never a window.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <climits>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "RunProcess.h"

namespace {

namespace fs = std::filesystem;

const std::string kBanmian = BANMIAN_EXECUTABLE;
const std::string kApp = (fs::path(BANMIAN_EXECUTABLE).parent_path() / "banmian-app").string();
const std::string kSeed = std::string(BANMIAN_SOURCE_DIR) + "/seeds/xuhui-front-page.txt";
// Long enough for a slow machine to start, short enough that a window that opens where none
// should fails the test instead of hanging it.
constexpr int kTimeout = 20;

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write(const fs::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

std::size_t lines(const std::string& text) {
    return std::count(text.begin(), text.end(), '\n');
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

mode_t modeOf(const fs::path& path) {
    struct stat st {};
    ::lstat(path.c_str(), &st);
    return st.st_mode;
}

// What goes into a named pipe while `write` runs. The pipe is opened here for reading and writing
// (so that the writer never waits for a reader, and the test never waits for a writer that went
// elsewhere) and drained on a thread until `write` has returned and nothing is left.
std::string drainWhile(const fs::path& fifo, const std::function<void()>& write) {
    const int fd = ::open(fifo.c_str(), O_RDWR | O_NONBLOCK);
    EXPECT_GE(fd, 0) << std::strerror(errno);
    std::string received;
    std::atomic<bool> written{false};
    std::thread reader([&] {
        char buffer[65536];
        for (;;) {
            pollfd ready{fd, POLLIN, 0};
            ::poll(&ready, 1, 50);
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n > 0) {
                received.append(buffer, static_cast<std::size_t>(n));
            } else if (written) {
                break;
            }
        }
    });
    write();
    written = true;
    reader.join();
    ::close(fd);
    return received;
}

// A folder of the test's own: ctest runs the cases side by side, each a process.
class CliSafety : public ::testing::Test {
protected:
    void SetUp() override {
        const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
        m_folder = fs::temp_directory_path() /
                   ("banmian-safety-" + std::string(test->name()) + "-" + std::to_string(getpid()));
        fs::remove_all(m_folder);
        fs::create_directories(m_folder);
    }
    void TearDown() override { fs::remove_all(m_folder); }

    fs::path at(const std::string& name) const { return m_folder / name; }

    // A page composed from the seed by the command itself, at `name`; its bytes.
    std::string composedPage(const std::string& name, const std::string& title = "报名") {
        const ProcessOutput run =
                runProcess(kBanmian, {"compose", kSeed, "-o", at(name).string(), "--title", title});
        EXPECT_EQ(run.exitCode, 0) << run.err;
        return read(at(name));
    }

    fs::path m_folder;
};

// `import`, `compose` and `typeset` given a page document, a copy of one under another name, one
// cut short, other JSON, or a PDF as articles: one line saying what the file is and what takes
// it, exit 1, and no output made.
TEST_F(CliSafety, ArticlesThatAreNotArticlesAreRefusedAndNothingIsWritten) {
    const std::string page = composedPage("page.banmian");
    write(at("page.bak"), page);
    write(at("cut.banmian"), page.substr(0, page.size() / 3));
    write(at("stories.json"), runProcess(kBanmian, {"import", kSeed}).out);
    write(at("numbers.json"), "[1, 2, 3]\n");
    // --force: the seed's page has empty photo frames, which the preflight refuses.
    const ProcessOutput pdf =
            runProcess(kBanmian, {"export", kSeed, "-o", at("page.pdf"), "--force"});
    ASSERT_EQ(pdf.exitCode, 0) << pdf.err;

    struct Case {
        std::string file, says;
    };
    const std::vector<Case> cases = {
            {"page.banmian",
             "is a Banmian page document, not an article file; open it with banmian "},
            {"page.bak", "page.bak is a Banmian page document, not an article file"},
            {"cut.banmian", "cut.banmian is a Banmian page document, not an article file"},
            {"stories.json", "stories.json is JSON data, not an article file"},
            {"numbers.json", "numbers.json is JSON data, not an article file"},
            {"page.pdf", "page.pdf is a PDF file, not an article file; Banmian reads no PDF"},
    };
    for (const Case& c : cases) {
        const std::string file = at(c.file).string();
        const std::vector<std::vector<std::string>> commands = {
                {"import", file},
                {"import", "--outline", file},
                {"compose", file, "-o", at("out.banmian").string()},
                {"compose", file, "-o", at("out.banmian").string(), "--force"},
                {"typeset", file, "--width", "13em", "-o", at("out.pdf").string()},
                {"typeset", file, "--width", "13em", "--json"},
        };
        for (const auto& command : commands) {
            SCOPED_TRACE(command[0] + " " + c.file);
            const ProcessOutput run = runProcess(kBanmian, command);
            EXPECT_EQ(run.exitCode, 1);
            EXPECT_EQ(lines(run.err), 1u) << run.err;
            EXPECT_TRUE(run.err.starts_with("banmian " + command[0] + ": ")) << run.err;
            EXPECT_TRUE(contains(run.err, c.says)) << run.err;
            EXPECT_TRUE(run.out.empty()) << run.out.substr(0, 200);
            EXPECT_FALSE(fs::exists(at("out.banmian")));
            EXPECT_FALSE(fs::exists(at("out.pdf")));
        }
    }
    // The line in full, as a person reads it (run in the test's folder: short names).
    const std::string here = fs::current_path().string();
    fs::current_path(m_folder);
    const ProcessOutput shortNames =
            runProcess(kBanmian, {"compose", "page.banmian", "-o", "page.banmian"});
    fs::current_path(here);
    EXPECT_EQ(shortNames.err,
              "banmian compose: page.banmian is a Banmian page document, not an article file; "
              "open it with banmian page.banmian, or give it to banmian export / info / hints\n");
    EXPECT_EQ(read(at("page.banmian")), page) << "the page was written over";
}

// `compose page.banmian -o page.banmian`, which once wrote a one-story page over a proofread
// one, cannot happen, --force or not.
TEST_F(CliSafety, ComposeNeverReadsAPageAsArticlesAndWritesOverIt) {
    const std::string page = composedPage("page.banmian");
    for (const bool force : {false, true}) {
        std::vector<std::string> args = {"compose", at("page.banmian").string(), "-o",
                                         at("page.banmian").string()};
        if (force) args.push_back("--force");
        const ProcessOutput run = runProcess(kBanmian, args);
        EXPECT_EQ(run.exitCode, 1) << run.err;
        EXPECT_EQ(read(at("page.banmian")), page);
    }
}

// hints and export read a page document as the document it is — by its content too (a copy
// named page.bak) — and say what other JSON or a PDF is.
TEST_F(CliSafety, HintsAndExportReadADocumentAndRefuseOtherJsonAndPdf) {
    composedPage("page.banmian");
    fs::copy_file(at("page.banmian"), at("page.bak"));
    EXPECT_EQ(runProcess(kBanmian, {"hints", at("page.banmian").string()}).exitCode, 0);
    const ProcessOutput hints = runProcess(kBanmian, {"hints", at("page.bak").string()});
    EXPECT_EQ(hints.exitCode, 0) << hints.err;
    EXPECT_TRUE(contains(hints.out, "halfwidth-punctuation")) << hints.out;
    const ProcessOutput exported =
            runProcess(kBanmian, {"export", at("page.bak").string(), "-o", at("page.pdf").string(),
                                  "--force"});  // its empty photo frames
    EXPECT_EQ(exported.exitCode, 0) << exported.err;
    EXPECT_TRUE(read(at("page.pdf")).starts_with("%PDF-"));

    write(at("stories.json"), runProcess(kBanmian, {"import", kSeed}).out);
    for (const std::string file : {"stories.json", "page.pdf"}) {
        for (const std::string command : {"hints", "export"}) {
            SCOPED_TRACE(command + " " + file);
            std::vector<std::string> args = {command, at(file).string()};
            if (command == "export") args.insert(args.end(), {"-o", at("again.pdf").string()});
            const ProcessOutput run = runProcess(kBanmian, args);
            EXPECT_EQ(run.exitCode, 1);
            EXPECT_EQ(lines(run.err), 1u) << run.err;
            EXPECT_TRUE(contains(run.err, "neither an article file nor a Banmian page document"))
                    << run.err;
            EXPECT_FALSE(fs::exists(at("again.pdf")));
        }
    }
}

// An existing page document is replaced only when asked (--force); a PDF or a picture never
// replaces one, --force or not, whatever its name.
TEST_F(CliSafety, ADocumentIsReplacedOnlyWithForceAndNeverByAPdf) {
    const std::string page = composedPage("page.banmian", "徐汇报");
    fs::copy_file(at("page.banmian"), at("page.bak"));
    for (const std::string name : {"page.banmian", "page.bak"}) {
        SCOPED_TRACE(name);
        const ProcessOutput refused =
                runProcess(kBanmian, {"compose", kSeed, "-o", at(name).string()});
        EXPECT_EQ(refused.exitCode, 1);
        EXPECT_EQ(lines(refused.err), 1u) << refused.err;
        EXPECT_TRUE(contains(refused.err,
                             "is a Banmian page document already; --force replaces "
                             "it, or give -o another name"))
                << refused.err;
        EXPECT_EQ(read(at(name)), page);
    }
    for (const auto& args : std::vector<std::vector<std::string>>{
                 {"export", kSeed, "-o", at("page.banmian").string()},
                 {"export", kSeed, "-o", at("page.banmian").string(), "--force"},
                 {"export", at("page.bak").string(), "-o", at("page.banmian").string()},
                 {"typeset", kSeed, "--width", "13em", "-o", at("page.banmian").string()},
                 {"typeset", kSeed, "--width", "13em", "--png", at("page.banmian").string()},
                 {"compose", kSeed, "-o", at("other.banmian").string(), "--png",
                  at("page.banmian").string()}}) {
        SCOPED_TRACE(args[0] + " " + args.back());
        const ProcessOutput run = runProcess(kBanmian, args);
        EXPECT_EQ(run.exitCode, 1);
        EXPECT_EQ(lines(run.err), 1u) << run.err;
        EXPECT_TRUE(contains(run.err, "page.banmian is a Banmian page document, and the "))
                << run.err;
        EXPECT_EQ(read(at("page.banmian")), page);
        EXPECT_FALSE(fs::exists(at("other.banmian")));
    }
    const ProcessOutput export_ =
            runProcess(kBanmian, {"export", kSeed, "-o", at("page.banmian").string()});
    EXPECT_TRUE(contains(export_.err, "the PDF would replace it; give -o another name (" +
                                              at("page.pdf").string() + ")"))
            << export_.err;

    const ProcessOutput forced =
            runProcess(kBanmian, {"compose", kSeed, "-o", at("page.banmian").string(), "--force"});
    EXPECT_EQ(forced.exitCode, 0) << forced.err;
    EXPECT_NE(read(at("page.banmian")), page);
    EXPECT_TRUE(contains(read(at("page.banmian")), "\"报名\""));
}

// An output that is the very file being read: refused, the file as it was.
TEST_F(CliSafety, NoOutputIsTheFileBeingRead) {
    fs::copy_file(kSeed, at("day.txt"));
    fs::create_symlink("day.txt", at("today.txt"));
    const std::string day = read(at("day.txt"));
    for (const auto& args : std::vector<std::vector<std::string>>{
                 {"compose", at("day.txt").string(), "-o", at("day.txt").string()},
                 {"compose", at("day.txt").string(), "-o", at("today.txt").string()},
                 {"typeset", at("day.txt").string(), "--width", "13em", "-o",
                  at("day.txt").string()},
                 {"export", at("day.txt").string(), "-o", at("today.txt").string()}}) {
        SCOPED_TRACE(args[0] + " -o " + args.back());
        const ProcessOutput run = runProcess(kBanmian, args);
        EXPECT_EQ(run.exitCode, 1);
        EXPECT_EQ(lines(run.err), 1u) << run.err;
        EXPECT_TRUE(contains(run.err, "the file being read; write to another file")) << run.err;
        EXPECT_EQ(read(at("day.txt")), day);
    }
}

// The real window holds the page (offscreen): no command writes over it, not even with
// --force, and the line names the holder as the window names it. Once the window is gone (killed,
// its lock left behind), the lock no longer holds anything.
TEST_F(CliSafety, NeverWritesOverAPageAWindowHolds) {
    const std::string page = composedPage("page.banmian", "徐汇报");
    fs::create_symlink("page.banmian", at("link.banmian"));
    const fs::path lock = at("page.banmian.lock");
    fs::create_directories(at("recovery"));
    fs::create_directories(at("config"));
    const pid_t window = startProcess(kApp, {at("page.banmian").string()},
                                      {"QT_QPA_PLATFORM=offscreen", "LANG=en_US.UTF-8",
                                       "BANMIAN_RECOVERY_DIR=" + at("recovery").string(),
                                       "XDG_CONFIG_HOME=" + at("config").string()},
                                      at("window.log").string());
    ASSERT_GT(window, 0);
    struct Closer {  // the window goes when the test does, whatever it found
        pid_t pid;
        ~Closer() {
            if (pid > 0 && ::kill(pid, SIGKILL) == 0) ::waitpid(pid, nullptr, 0);
        }
    } closer{window};
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(kTimeout);
    while (!fs::exists(lock) && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    std::this_thread::sleep_for(std::chrono::milliseconds(100));  // its lines written
    ASSERT_TRUE(fs::exists(lock)) << "the window took no lock: " << read(at("window.log"));

    // QLockFile's lines: the process, the program, the host (then the machine's and boot's ids).
    std::istringstream lockLines(read(lock));
    std::string pid, program, host;
    std::getline(lockLines, pid);
    std::getline(lockLines, program);
    std::getline(lockLines, host);
    EXPECT_EQ(pid, std::to_string(window));
    EXPECT_EQ(program, "banmian-app");
    char ourHost[HOST_NAME_MAX + 1] = {};
    ::gethostname(ourHost, sizeof ourHost - 1);
    EXPECT_EQ(host, ourHost);

    const passwd* user = ::getpwuid(::geteuid());
    ASSERT_TRUE(user);
    const std::string holder = "is open in a window: banmian-app, process " +
                               std::to_string(window) + " of " + user->pw_name + " on " + ourHost +
                               "; close it there first (not even --force writes over "
                               "a page a window holds)\n";
    for (const auto& args : std::vector<std::vector<std::string>>{
                 {"compose", kSeed, "-o", at("page.banmian").string(), "--force"},
                 {"compose", kSeed, "-o", at("link.banmian").string(), "--force"},
                 {"compose", kSeed, "-o", at("page.banmian").string()}}) {
        SCOPED_TRACE(args[3]);
        const ProcessOutput run = runProcess(kBanmian, args);
        EXPECT_EQ(run.exitCode, 1);
        EXPECT_EQ(lines(run.err), 1u) << run.err;
        EXPECT_EQ(run.err, "banmian compose: " + args[3] + " " + holder);
        EXPECT_EQ(read(at("page.banmian")), page) << "written over while the window holds it";
    }
    // A proofreader's marks read in go over the page itself: not while a window holds it.
    const ProcessOutput marks = runProcess(
            kBanmian, {"proof", "import", at("page.banmian").string(), at("proof.pdf").string()});
    EXPECT_EQ(marks.exitCode, 1);
    EXPECT_EQ(marks.err, "banmian proof import: " + at("page.banmian").string() + " " + holder);
    EXPECT_EQ(read(at("page.banmian")), page) << "marks written over a page a window holds";

    ::kill(window, SIGKILL);
    ::waitpid(window, nullptr, 0);
    closer.pid = 0;
    ASSERT_TRUE(fs::exists(lock)) << "a killed window leaves its lock behind";
    const ProcessOutput after =
            runProcess(kBanmian, {"compose", kSeed, "-o", at("page.banmian").string(), "--force"});
    EXPECT_EQ(after.exitCode, 0) << after.err;
    EXPECT_NE(read(at("page.banmian")), page) << "a stale lock still blocked the page";
}

// -o through a chain of links writes the target; a device stays a device; a pipe gets the PDF;
// -o - prints it; a 0640 page stays 0640 — all through the real command.
TEST_F(CliSafety, OutputsGoWhereThePathLeads) {
    const std::vector<std::string> fixedTime = {"SOURCE_DATE_EPOCH=1700000000", "TZ=UTC"};
    // Every export here --force: the seed's page has empty photo frames, which the preflight
    // refuses; where the PDF goes is what is tested.
    ASSERT_EQ(
            runProcess(kBanmian, {"export", kSeed, "-o", at("plain.pdf"), "--force"}, {}, fixedTime)
                    .exitCode,
            0);
    const std::string pdf = read(at("plain.pdf"));
    ASSERT_TRUE(pdf.starts_with("%PDF-"));

    // A link to a link to the file in another folder.
    fs::create_directories(at("issues"));
    write(at("issues/0626.pdf"), "yesterday");
    ::chmod(at("issues/0626.pdf").c_str(), 0640);
    fs::create_symlink("issues/0626.pdf", at("latest.pdf"));
    fs::create_symlink("latest.pdf", at("link.pdf"));
    ASSERT_EQ(
            runProcess(kBanmian, {"export", kSeed, "-o", at("link.pdf"), "--force"}, {}, fixedTime)
                    .exitCode,
            0);
    EXPECT_TRUE(S_ISLNK(modeOf(at("link.pdf"))));
    EXPECT_TRUE(S_ISLNK(modeOf(at("latest.pdf"))));
    EXPECT_EQ(read(at("issues/0626.pdf")), pdf);
    EXPECT_EQ(modeOf(at("issues/0626.pdf")) & 07777, 0640u) << "the page's permissions changed";

    // A device: as root, a node of the test's own with /dev/null's number; as another user, the
    // real /dev/null (which only root could have replaced).
    fs::path device = "/dev/null";
    if (::geteuid() == 0) {
        device = at("null");
        ASSERT_EQ(::mknod(device.c_str(), S_IFCHR | 0666, ::makedev(1, 3)), 0);
    }
    for (const auto& args : std::vector<std::vector<std::string>>{
                 {"export", kSeed, "-o", device.string(), "--force"},
                 {"typeset", kSeed, "--width", "13em", "-o", device.string()},
                 {"compose", kSeed, "-o", device.string()}}) {
        SCOPED_TRACE(args[0]);
        const ProcessOutput run = runProcess(kBanmian, args);
        EXPECT_EQ(run.exitCode, 0) << run.err;
        struct stat st {};
        ASSERT_EQ(::lstat(device.c_str(), &st), 0);
        EXPECT_TRUE(S_ISCHR(st.st_mode)) << device << " is no longer a device";
        EXPECT_EQ(st.st_rdev, ::makedev(1, 3));
    }

    // A named pipe, read as the PDF goes in.
    ASSERT_EQ(::mkfifo(at("pipe").c_str(), 0600), 0);
    ProcessOutput intoPipe;
    const std::string piped = drainWhile(at("pipe"), [&] {
        intoPipe =
                runProcess(kBanmian, {"export", kSeed, "-o", at("pipe"), "--force"}, {}, fixedTime);
    });
    EXPECT_EQ(intoPipe.exitCode, 0) << intoPipe.err;
    EXPECT_EQ(piped, pdf);
    EXPECT_TRUE(S_ISFIFO(modeOf(at("pipe"))));

    // -o -: the PDF on standard output, the report on stderr.
    const ProcessOutput out =
            runProcess(kBanmian, {"export", kSeed, "-o", "-", "--force"}, {}, fixedTime);
    EXPECT_EQ(out.exitCode, 0) << out.err;
    EXPECT_EQ(out.out, pdf);
    EXPECT_TRUE(contains(out.err, "banmian export: wrote to standard output (")) << out.err;
    EXPECT_FALSE(fs::exists("-"));
    const ProcessOutput galley =
            runProcess(kBanmian, {"typeset", kSeed, "--width", "13em", "-o", "-"});
    EXPECT_EQ(galley.exitCode, 0) << galley.err;
    EXPECT_TRUE(galley.out.starts_with("%PDF-"));
    const ProcessOutput document = runProcess(kBanmian, {"compose", kSeed, "-o", "-"});
    EXPECT_EQ(document.exitCode, 0) << document.err;
    EXPECT_EQ(nlohmann::json::parse(document.out, nullptr, false).value("format", ""), "banmian");
    const ProcessOutput picture =
            runProcess(kBanmian, {"typeset", kSeed, "--width", "13em", "--png", "-"});
    EXPECT_EQ(picture.exitCode, 0) << picture.err;
    EXPECT_TRUE(picture.out.starts_with("\x89PNG\r\n\x1A\n")) << "the picture through banmian-app";
    // Two things on standard output are one too many.
    const ProcessOutput both =
            runProcess(kBanmian, {"typeset", kSeed, "--width", "13em", "--json", "-o", "-"});
    EXPECT_EQ(both.exitCode, 2);
    EXPECT_EQ(both.err,
              "banmian typeset: --json and -o - both write to standard output; give one of them "
              "a file's name\n");
    EXPECT_TRUE(both.out.empty());
}

// A PDF is not printed on a terminal: the command says where to send it instead.
TEST_F(CliSafety, APdfIsNotPrintedOnATerminal) {
    const int terminal = ::posix_openpt(O_RDWR | O_NOCTTY);
    ASSERT_GE(terminal, 0) << std::strerror(errno);
    ASSERT_EQ(::grantpt(terminal), 0);
    ASSERT_EQ(::unlockpt(terminal), 0);
    const std::string side = ::ptsname(terminal);
    int errors[2];
    ASSERT_EQ(::pipe(errors), 0);
    const pid_t child = ::fork();
    if (child == 0) {
        const int out = ::open(side.c_str(), O_RDWR | O_NOCTTY);
        ::dup2(out, STDOUT_FILENO);
        ::dup2(errors[1], STDERR_FILENO);
        ::execl(kBanmian.c_str(), kBanmian.c_str(), "export", kSeed.c_str(), "-o", "-", nullptr);
        ::_exit(127);
    }
    ::close(errors[1]);
    std::string err;
    char buffer[4096];
    for (ssize_t n; (n = ::read(errors[0], buffer, sizeof buffer)) > 0;) err.append(buffer, n);
    int status = 0;
    ::waitpid(child, &status, 0);
    ::close(errors[0]);
    ::close(terminal);
    EXPECT_EQ(WEXITSTATUS(status), 2);
    EXPECT_EQ(err,
              "banmian export: standard output is a terminal, and -o - would print a PDF on it: "
              "send it into a file or a pipe (> page.pdf, | lp), or give -o a file's name\n");
}

// A word that is no subcommand, a file that is not there, a folder, two files: one line and an
// exit at once, with no display and with the offscreen platform alike — never a window (which
// would never return: the timeout fails it), never the seed page.
TEST_F(CliSafety, UnknownWordsAndMissingFilesAreOneLineNeverAWindow) {
    composedPage("page.banmian");
    struct Case {
        std::vector<std::string> args;
        int exitCode;
        std::string says;
    };
    const std::vector<Case> cases = {
            {{"nosuchcommand"},
             2,
             "banmian: nosuchcommand is neither a subcommand nor a file here (subcommands: import, "
             "typeset, compose, info, export, hints, proof, newsroom, edition, page; see banmian "
             "--help)\n"},
            {{"galley", at("page.banmian").string(), at("y.pdf").string()},
             2,
             "banmian: galley is neither a subcommand nor a file here"},
            {{"exprot", kSeed, "-o", at("x.pdf").string()},
             2,
             "nor a file here; did you mean banmian export? (subcommands:"},
            {{at("missing.txt").string()},
             1,
             "banmian: cannot open " + at("missing.txt").string() +
                     ": No such file or directory; give an article file or a .banmian page that "
                     "exists (see banmian --help)\n"},
            {{"missing.txt"}, 1, "banmian: cannot open missing.txt: No such file or directory"},
            {{m_folder.string()}, 1, " is a folder; give an article file or a .banmian page"},
            {{at("page.banmian").string(), kSeed},
             2,
             "banmian: the window opens one file, and " + kSeed + " follows "},
    };
    const std::vector<std::vector<std::string>> environments = {
            {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}, {}};
    for (const auto& unset : environments) {
        const std::vector<std::string> set =
                unset.empty() ? std::vector<std::string>{"QT_QPA_PLATFORM=offscreen",
                                                         "BANMIAN_RECOVERY_DIR=" +
                                                                 at("recovery").string()}
                              : std::vector<std::string>{};
        for (const Case& c : cases) {
            for (const std::string& program : {kBanmian, kApp}) {
                SCOPED_TRACE((unset.empty() ? "offscreen: " : "no display: ") +
                             fs::path(program).filename().string() + " " + c.args[0]);
                const ProcessOutput run = runProcess(program, c.args, unset, set, kTimeout);
                EXPECT_FALSE(run.timedOut) << "a window opened and never returned";
                EXPECT_EQ(run.exitCode, c.exitCode) << run.err;
                EXPECT_EQ(lines(run.err), 1u) << run.err;
                EXPECT_TRUE(contains(run.err, c.says)) << run.err;
                EXPECT_TRUE(run.out.empty())
                        << "the seed page's outline: " << run.out.substr(0, 80);
            }
        }
    }
    EXPECT_FALSE(fs::exists(at("x.pdf")));
    EXPECT_FALSE(fs::exists(at("recovery")));
}

// With no display, a file to open is not replaced by the seed page: one line, exit 2.
TEST_F(CliSafety, WithoutADisplayAFileToOpenIsSaidNotReplacedByTheSeed) {
    composedPage("page.banmian");
    const ProcessOutput run =
            runProcess(kBanmian, {at("page.banmian").string()},
                       {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}, {}, kTimeout);
    EXPECT_FALSE(run.timedOut);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.err, "banmian: no display (DISPLAY is not set), so no window to open " +
                               at("page.banmian").string() +
                               " in; run it on a desktop or under xvfb-run, or give it to a "
                               "subcommand (see banmian --help)\n");
    EXPECT_TRUE(run.out.empty());
}

}  // namespace
