// The newsroom under load (DESIGN.md §5): 20 client processes — 4 designers moving blocks, 12
// proofreaders adding marks, 4 editors changing text — on an 8-page edition in a throw-away
// PostgreSQL server, for 5 minutes. At the end every mark and edit the clients say they wrote must
// be in the database (and nothing else), every client must have ended by itself, and the time
// from a mark written to its arrival in each other client is reported (p50, p95, max).
//
// One program, two roles: the coordinator (the default) starts the server, the edition and the
// clients (this program again, `--client ROLE INDEX --db URL --seconds N --out FILE`), then checks
// and reports. A benchmark, not a test: `newsroom_load [--seconds N]`, or `scripts/bench
// --newsroom`.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "ThrowAwayServer.h"
#include "layout/base/Id.h"
#include "layout/import/ArticleImporter.h"
#include "layout/newsroom/EditionExport.h"
#include "layout/newsroom/EditionStore.h"
#include "layout/newsroom/Schema.h"

namespace fs = std::filesystem;
using json = nlohmann::json;
using namespace banmian::layout;
using Clock = std::chrono::steady_clock;

namespace {

constexpr CalendarDate kDate{2026, 12, 6};
constexpr int kPages = 8;
constexpr int kDesigners = 4, kProofreaders = 12, kEditors = 4;
constexpr int kStoriesPerPage = 3;
// After its work, a client keeps listening this long: a mark written in its last moments is
// still heard (and one not heard by then counts as never arriving).
constexpr auto kDrain = std::chrono::milliseconds(1500);
// A client that has not ended this long after the run's end is hung (a deadlock).
constexpr auto kWatchdog = std::chrono::seconds(60);

long long wallMicros() {
    return std::chrono::duration_cast<std::chrono::microseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
            .count();
}

double millisSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// The byte offsets of a text's characters (UTF-8 starts).
std::vector<std::size_t> characterStarts(const std::string& text) {
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
    }
    return starts;
}

// ---------------------------------------------------------------------------------------------
// A client: one person at a window, as a process of its own.

class Client {
public:
    Client(std::string role, int index, const std::string& url, int seconds, const std::string& out)
        : m_role(std::move(role)),
          m_name(m_role + "-" + std::to_string(index)),
          m_index(index),
          m_seconds(seconds),
          m_out(out),
          m_random(static_cast<unsigned>(std::random_device{}()) ^
                   static_cast<unsigned>(index * 7919 + m_role.size())) {
        auto connection = PgConnection::open(url);
        if (!connection) fail("connect", connection.error().message);
        m_connection.emplace(std::move(connection).value());
        m_store.emplace(*m_connection, Worker{m_name, ""});
    }

    int run() {
        auto found = m_store->findEdition(kDate);
        if (!found) fail("find-edition", found.error().message);
        m_edition = found.value();
        if (auto error = m_store->follow(m_edition)) fail("follow", error->message);
        write({{"type", "follow"}, {"us", wallMicros()}});

        if (m_role == "designer") {
            for (int page : myPages()) {
                auto held = m_store->hold(m_edition, page, 30);
                if (!held) fail("hold", held.error().message);
            }
            m_lastRenew = Clock::now();
        }
        const auto end = Clock::now() + std::chrono::seconds(m_seconds);
        auto next = Clock::now() + interval();
        while (Clock::now() < end) {
            const auto until = std::min(next, end);
            while (Clock::now() < until) {
                const auto left =
                        std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now());
                m_connection->waitForServer(static_cast<int>(std::max<long long>(1, left.count())));
                hear();
            }
            if (Clock::now() >= end) break;
            act();
            hear();
            next = Clock::now() + interval();
        }
        write({{"type", "end"}, {"us", wallMicros()}});
        const auto drained = Clock::now() + kDrain;
        while (Clock::now() < drained) {
            m_connection->waitForServer(50);
            hear();
        }
        if (m_role == "designer") {
            for (int page : myPages()) {
                if (auto error = m_store->release(m_edition, page)) fail("release", error->message);
            }
        }
        write({{"type", "done"},
               {"us", wallMicros()},
               {"actions", m_actions},
               {"conflicts", m_conflicts}});
        return 0;
    }

private:
    [[noreturn]] void fail(const std::string& where, const std::string& message) {
        write({{"type", "error"}, {"where", where}, {"message", message}, {"us", wallMicros()}});
        std::cerr << m_name << ": " << where << ": " << message << "\n";
        std::exit(3);
    }

    void write(const json& line) {
        m_out << line.dump() << "\n";
        m_out.flush();
    }

    std::vector<int> myPages() const { return {2 * m_index + 1, 2 * m_index + 2}; }

    int uniform(int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(m_random);
    }

    // The pause before the next action: ~1 s for a proofreader, ~2 s for a designer, ~3 s for an
    // editor, jittered so that the clients do not act in step.
    std::chrono::milliseconds interval() {
        const int mean = m_role == "proofreader" ? 1000 : m_role == "designer" ? 2000 : 3000;
        return std::chrono::milliseconds(uniform(mean / 2, mean * 3 / 2));
    }

    // The notifications come in: each mark-added from another client, with when it came.
    void hear() {
        const long long now = wallMicros();
        for (const PgNotification& note : m_connection->takeNotifications()) {
            auto change = changeFromPayload(note.payload);
            if (!change) continue;
            ++m_heard[change->what];
            if (change->what == "mark-added" && change->who != m_name)
                write({{"type", "arrived"}, {"mark", change->mark}, {"us", now}});
        }
    }

    void act() {
        ++m_actions;
        if (m_role == "designer")
            designerStep();
        else if (m_role == "proofreader")
            proofreaderStep();
        else
            editorStep();
    }

    StoredPage pull(int page) {
        auto pulled = m_store->pullPage(m_edition, page);
        if (!pulled) fail("pull page " + std::to_string(page), pulled.error().message);
        return std::move(pulled).value();
    }

    // A designer renews its leases as a window does, then moves one block of one of its pages:
    // its depth and width changed within its own band of the grid (no overlap with the others).
    void designerStep() {
        if (Clock::now() - m_lastRenew > std::chrono::seconds(10)) {
            for (int page : myPages()) {
                if (auto error = m_store->renew(m_edition, page, 30))
                    fail("renew page " + std::to_string(page), error->message);
            }
            m_lastRenew = Clock::now();
        }
        const int page = myPages()[static_cast<std::size_t>(uniform(0, 1))];
        const StoredPage pulled = pull(page);
        Document document = pulled.document;
        std::vector<Block*> stories;
        for (Block& block : document.page.blocks) {
            if (block.kind == BlockKind::Story && block.area.size() == 1) stories.push_back(&block);
        }
        if (stories.empty()) fail("move", "page " + std::to_string(page) + " has no block to move");
        Block& block = *stories[static_cast<std::size_t>(uniform(0, int(stories.size()) - 1))];
        GridRect& area = block.area.front();
        area.lines = uniform(10, 18);  // within its band of 18 lines
        area.columns = uniform(6, 8);  // from the left edge, inside the 8 columns
        const auto start = Clock::now();
        // As a window saves: with the story versions it read, so that an editor's text saved
        // meanwhile is never put back to what the designer read.
        if (auto error = m_store->pushPage(m_edition, page, document, &pulled.storyVersions))
            fail("push page " + std::to_string(page), error->message);
        write({{"type", "pushed"}, {"page", page}, {"ms", millisSince(start)}});
    }

    // A proofreader marks a few characters of a story on a page (its copy of the page pulled now
    // and then, as a window's is brought up to date).
    void proofreaderStep() {
        const int page = uniform(1, kPages);
        auto cached = m_pages.find(page);
        if (cached == m_pages.end() || uniform(0, 9) == 0)
            cached = m_pages.insert_or_assign(page, pull(page).document).first;
        const Document& document = cached->second;
        if (document.stories.empty())
            fail("mark", "page " + std::to_string(page) + " has no story");
        const Story& story = document.stories[static_cast<std::size_t>(
                uniform(0, int(document.stories.size()) - 1))];
        if (story.paragraphs.empty()) return;
        const std::size_t paragraph =
                static_cast<std::size_t>(uniform(0, int(story.paragraphs.size()) - 1));
        const std::string& text = story.paragraphs[paragraph];
        const std::vector<std::size_t> starts = characterStarts(text);
        if (starts.size() < 4) return;
        const int count = uniform(1, 3);
        const int first = uniform(0, int(starts.size()) - 1 - count);
        ProofMark mark;
        mark.id = newId();
        const bool query = uniform(0, 3) == 0;
        mark.kind = query ? MarkKind::Query : MarkKind::Delete;
        if (query) mark.correction = "此处是否有误？";
        mark.range = {{story.id, StoryField::Body, paragraph, starts[std::size_t(first)]},
                      {story.id, StoryField::Body, paragraph, starts[std::size_t(first + count)]}};
        mark.created = "2026-12-05T22:10:00+08:00";
        const long long before = wallMicros();
        auto added = m_store->addMark(m_edition, page, mark);
        const long long after = wallMicros();
        if (!added) fail("add mark on page " + std::to_string(page), added.error().message);
        write({{"type", "marked"},
               {"mark", added.value().mark},
               {"page", page},
               {"before", before},
               {"us", after}});
    }

    // An editor changes one character of a story's text (a Han character for another: the text
    // keeps its length, and the marks on it their places), saved against the version read; when
    // another saved it meanwhile, it reads it again and makes the change on their text.
    void editorStep() {
        const int page = uniform(1, kPages);
        int storyIndex = -1;
        for (int attempt = 0; attempt < 10; ++attempt) {
            StoredPage stored = pull(page);
            if (stored.document.stories.empty()) fail("edit", "page has no story");
            if (storyIndex < 0) storyIndex = uniform(0, int(stored.document.stories.size()) - 1);
            Story story = stored.document.stories[static_cast<std::size_t>(
                    std::min<int>(storyIndex, int(stored.document.stories.size()) - 1))];
            const long long version = stored.storyVersions[story.id];
            if (!changeOneCharacter(story)) return;
            auto saved = m_store->saveStory(m_edition, story, version);
            if (saved) {
                write({{"type", "saved"},
                       {"story", story.id},
                       {"version", saved.value()},
                       {"page", page}});
                return;
            }
            if (saved.error().kind != "story-changed")
                fail("save story " + story.id, saved.error().message);
            ++m_conflicts;
            write({{"type", "conflict"}, {"story", story.id}});
        }
        fail("save story", "still changed by others after 10 attempts");
    }

    bool changeOneCharacter(Story& story) {
        static const char* const kHan[] = {"新", "闻", "报", "版", "稿", "编", "校", "印"};
        for (int attempt = 0; attempt < 20; ++attempt) {
            if (story.paragraphs.empty()) return false;
            std::string& text = story.paragraphs[static_cast<std::size_t>(
                    uniform(0, int(story.paragraphs.size()) - 1))];
            const std::vector<std::size_t> starts = characterStarts(text);
            if (starts.empty()) continue;
            const std::size_t at =
                    starts[static_cast<std::size_t>(uniform(0, int(starts.size()) - 1))];
            const unsigned char lead = static_cast<unsigned char>(text[at]);
            if (lead < 0xE4 || lead > 0xE9 || at + 3 > text.size()) continue;  // Han only
            text.replace(at, 3, kHan[uniform(0, 7)]);
            return true;
        }
        return false;
    }

    std::string m_role, m_name;
    int m_index = 0, m_seconds = 0;
    std::ofstream m_out;
    std::mt19937 m_random;
    std::optional<PgConnection> m_connection;
    std::optional<EditionStore> m_store;
    StoredEdition m_edition;
    Clock::time_point m_lastRenew;
    std::map<int, Document> m_pages;
    std::map<std::string, int> m_heard;
    int m_actions = 0, m_conflicts = 0;
};

// ---------------------------------------------------------------------------------------------
// The coordinator.

struct Launched {
    std::string role, name;
    int index = 0;
    pid_t pid = 0;
    std::string out;
    int status = -1;  ///< exit code; -1 while running, -2 killed by the watchdog
    std::string why = {};
};

// Page `number` of the edition: three of the seed's stories (copies with ids of their own), each
// in a block of 8 columns in a band of 18 grid lines down the page.
Document editionPage(const std::vector<Story>& seed, int number) {
    Document document;
    document.page.grid = pageGrid(PagePreset::Broadsheet);
    for (int i = 0; i < kStoriesPerPage; ++i) {
        Story story = seed[static_cast<std::size_t>((number * kStoriesPerPage + i) % seed.size())];
        story.id = "p" + std::to_string(number) + "-story-" + std::to_string(i);
        Block block;
        block.id = "p" + std::to_string(number) + "-block-" + std::to_string(i);
        block.story = story.id;
        block.area = {{0, 8, 12 + 18 * i, 18}};
        document.page.blocks.push_back(block);
        document.stories.push_back(std::move(story));
    }
    giveMissingIds(document);
    return document;
}

std::vector<json> readLines(const std::string& path) {
    std::vector<json> lines;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        auto parsed = json::parse(line, nullptr, false);
        if (!parsed.is_discarded()) lines.push_back(std::move(parsed));
    }
    return lines;
}

double percentile(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    // The nearest rank: the smallest value with a share p of them at or below it.
    const auto rank = static_cast<std::size_t>(std::ceil(p * double(values.size())));
    return values[std::min(std::max<std::size_t>(rank, 1), values.size()) - 1];
}

std::string thousands(long long n) {
    const std::string digits = std::to_string(n);
    std::string grouped;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
        grouped += digits[i];
    }
    return grouped;
}

int coordinate(const std::string& self, int seconds) {
    ThrowAwayServer server;
    if (!server.running()) {
        std::cerr << "newsroom_load: no server: " << server.error() << "\n";
        return 2;
    }
    const std::string url = server.createDatabase("newsroom");
    auto opened = PgConnection::open(url);
    if (!opened) {
        std::cerr << "newsroom_load: " << opened.error().message << "\n";
        return 2;
    }
    PgConnection admin = std::move(opened).value();
    if (auto init = initSchema(admin, "chief"); !init) {
        std::cerr << "newsroom_load: " << init.error().message << "\n";
        return 2;
    }
    EditionStore chief(admin, {"chief", ""});
    auto edition = chief.createEdition("徐汇报", kDate, kPages, [](const EditionPage&) {
        Document page;
        page.page.grid = pageGrid(PagePreset::Broadsheet);
        return page;
    });
    if (!edition) {
        std::cerr << "newsroom_load: " << edition.error().message << "\n";
        return 2;
    }
    auto seed = importArticleFile(BANMIAN_SOURCE_DIR "/seeds/xuhui-front-page.txt");
    if (!seed || seed.value().stories.empty()) {
        std::cerr << "newsroom_load: the seed cannot be read\n";
        return 2;
    }
    for (int page = 1; page <= kPages; ++page) {
        if (auto error = chief.pushPage(edition.value(), page,
                                        editionPage(seed.value().stories, page))) {
            std::cerr << "newsroom_load: page " << page << ": " << error->message << "\n";
            return 2;
        }
    }

    const fs::path folder = server.folder() + "-clients";
    fs::create_directories(folder);
    std::vector<Launched> clients;
    auto launch = [&](const std::string& role, int count) {
        for (int i = 0; i < count; ++i) {
            Launched c{role, role + "-" + std::to_string(i), i, 0,
                       (folder / (role + "-" + std::to_string(i) + ".jsonl")).string()};
            const std::string err = c.out + ".err";
            const pid_t pid = fork();
            if (pid == 0) {
                if (FILE* e = std::freopen(err.c_str(), "w", stderr); !e) _exit(125);
                const std::string index = std::to_string(i), secs = std::to_string(seconds);
                execl(self.c_str(), self.c_str(), "--client", role.c_str(), index.c_str(), "--db",
                      url.c_str(), "--seconds", secs.c_str(), "--out", c.out.c_str(),
                      static_cast<char*>(nullptr));
                _exit(127);
            }
            c.pid = pid;
            clients.push_back(std::move(c));
        }
    };
    const auto started = Clock::now();
    launch("designer", kDesigners);
    launch("proofreader", kProofreaders);
    launch("editor", kEditors);
    std::cout << "newsroom_load: " << clients.size() << " clients started on " << kPages
              << " pages for " << seconds << " s (server " << server.folder() << ")" << std::endl;

    // Wait for them, with the watchdog.
    const auto deadline = started + std::chrono::seconds(seconds) + kDrain + kWatchdog;
    int running = static_cast<int>(clients.size());
    while (running > 0) {
        int status = 0;
        const pid_t pid = waitpid(-1, &status, WNOHANG);
        if (pid > 0) {
            for (Launched& c : clients) {
                if (c.pid != pid) continue;
                c.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
                --running;
            }
            continue;
        }
        if (Clock::now() > deadline) {
            for (Launched& c : clients) {
                if (c.status != -1) continue;
                kill(c.pid, SIGKILL);
                waitpid(c.pid, nullptr, 0);
                c.status = -2;
                c.why = "still running 60 s after the end: hung (deadlock?), killed";
                --running;
            }
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    const double ranFor = millisSince(started) / 1000;

    // What each client says it did.
    bool ok = true;
    std::map<std::string, std::pair<long long, long long>> marks;  // id → written (before, after)
    std::map<std::string, std::string> markWriter;
    std::map<std::string, int> saves, pushes;                          // per client
    std::map<std::string, std::pair<long long, long long>> listening;  // client → follow, end
    std::map<std::string, std::vector<std::pair<std::string, long long>>> arrivals;
    std::vector<double> pushMs;
    int conflicts = 0;
    for (Launched& c : clients) {
        for (const json& line : readLines(c.out)) {
            const std::string type = line.value("type", "");
            if (type == "marked") {
                const std::string id = line["mark"];
                marks[id] = {line["before"].get<long long>(), line["us"].get<long long>()};
                markWriter[id] = c.name;
            } else if (type == "saved") {
                ++saves[c.name];
            } else if (type == "pushed") {
                ++pushes[c.name];
                pushMs.push_back(line["ms"].get<double>());
            } else if (type == "conflict") {
                ++conflicts;
            } else if (type == "follow") {
                listening[c.name].first = line["us"].get<long long>();
            } else if (type == "end") {
                listening[c.name].second = line["us"].get<long long>();
            } else if (type == "arrived") {
                arrivals[c.name].push_back({line["mark"], line["us"].get<long long>()});
            } else if (type == "error") {
                c.why = line.value("where", "") + ": " + line.value("message", "");
            }
        }
        if (c.status != 0) {
            ok = false;
            std::string err;
            std::ifstream e(c.out + ".err");
            std::getline(e, err);
            std::cout << "FAILED " << c.name << " (exit " << c.status
                      << "): " << (c.why.empty() ? err : c.why) << "\n";
        }
    }

    // The database against what they say.
    PgConnection& db = admin;
    const std::string e = std::to_string(edition.value().id);
    std::set<std::string> markRows;
    if (auto rows = db.exec("SELECT id FROM banmian.marks WHERE edition = $1", {e})) {
        for (int r = 0; r < rows.value().size(); ++r) markRows.insert(rows.value().text(r, 0));
    } else {
        std::cout << "FAILED reading the marks: " << rows.error().message << "\n";
        return 1;
    }
    int missingMarks = 0, extraMarks = 0;
    for (const auto& [id, when] : marks) {
        if (!markRows.count(id)) {
            ++missingMarks;
            if (missingMarks <= 5)
                std::cout << "MISSING mark " << id << " by " << markWriter[id] << "\n";
        }
    }
    for (const std::string& id : markRows) {
        if (!marks.count(id)) {
            ++extraMarks;
            if (extraMarks <= 5) std::cout << "EXTRA mark row " << id << " no client wrote\n";
        }
    }
    std::map<std::pair<std::string, std::string>, long long> changes;  // (who, what) → count
    if (auto rows = db.exec(
                "SELECT who, what, count(*) FROM banmian.changes WHERE edition = $1 GROUP BY 1, 2",
                {e})) {
        for (int r = 0; r < rows.value().size(); ++r)
            changes[{rows.value().text(r, 0), rows.value().text(r, 1)}] = rows.value().number(r, 2);
    }
    int countMismatches = 0;
    long long totalSaves = 0, totalPushes = 0, totalMarkChanges = 0;
    for (const Launched& c : clients) {
        auto check = [&](const std::string& what, long long claimed) {
            const long long recorded = changes[{c.name, what}];
            if (recorded != claimed) {
                ++countMismatches;
                std::cout << "MISMATCH " << c.name << ": " << claimed << " " << what << " claimed, "
                          << recorded << " recorded\n";
            }
        };
        if (c.role == "editor") {
            check("story-edited", saves[c.name]);
            totalSaves += saves[c.name];
        } else if (c.role == "designer") {
            check("page-saved", pushes[c.name]);
            totalPushes += pushes[c.name];
        } else {
            long long claimed = 0;
            for (const auto& [id, who] : markWriter) claimed += who == c.name;
            check("mark-added", claimed);
            totalMarkChanges += changes[{c.name, "mark-added"}];
        }
    }
    // A designer's push carries the page's stories and marks as it read them: what it replaced
    // of the editors' text (or of a mark moved by their edits) in the moment between its pull
    // and its push.
    long long storiesReplaced = 0, marksReplaced = 0, marksAddedByPush = 0;
    for (const auto& [key, count] : changes) {
        if (key.first.rfind("designer-", 0) != 0) continue;
        if (key.second == "story-edited") storiesReplaced += count;
        if (key.second == "mark-updated") marksReplaced += count;
        if (key.second == "mark-added") marksAddedByPush += count;
    }

    // Arrival latency: each mark in each other client that listened from before it was written
    // until after (its drain time on top).
    std::vector<double> latency, fromCall;  // from addMark returned, from addMark called
    long long expected = 0, late = 0;
    std::map<std::string, std::set<std::string>> heardBy;
    for (const auto& [client, list] : arrivals) {
        for (const auto& [id, at] : list) {
            heardBy[client].insert(id);
            auto written = marks.find(id);
            if (written == marks.end()) continue;
            latency.push_back(double(at - written->second.second) / 1000.0);
            fromCall.push_back(double(at - written->second.first) / 1000.0);
        }
    }
    for (const auto& [id, when] : marks) {
        for (const auto& [client, span] : listening) {
            if (client == markWriter[id] || span.first == 0 || span.second == 0) continue;
            if (span.first > when.first || when.second > span.second) continue;
            ++expected;
            if (!heardBy[client].count(id)) {
                ++late;
                if (late <= 5)
                    std::cout << "NOT HEARD: mark " << id << " by " << markWriter[id] << " in "
                              << client << "\n";
            }
        }
    }

    // The edition as it ends: a page pulled (median of 20), and all 8 exported to print PDFs.
    std::vector<double> pulls;
    for (int i = 0; i < 20; ++i) {
        const auto start = Clock::now();
        auto pulled = chief.pullPage(edition.value(), 1 + i % kPages);
        pulls.push_back(millisSince(start));
        if (!pulled) {
            std::cout << "FAILED pulling page " << 1 + i % kPages << ": " << pulled.error().message
                      << "\n";
            ok = false;
        }
    }
    const auto composerStart = Clock::now();
    PageComposer composer;
    const double composerMs = millisSince(composerStart);
    EditionExportOptions options;
    options.folder = folder / "print";
    options.everyPage = true;
    options.force = true;
    const auto exportStart = Clock::now();
    auto exported = exportEdition(chief, edition.value(), composer, options);
    const double exportMs = millisSince(exportStart);
    int files = 0;
    if (!exported) {
        std::cout << "FAILED exporting the edition: " << exported.error().message << "\n";
        ok = false;
    } else {
        for (const PageSent& page : exported.value()) files += !page.file.empty();
    }
    auto status = chief.status(edition.value());
    long long marksOnPages = 0;
    if (status) {
        for (const PageStatus& page : status.value()) marksOnPages += page.marks;
    }

    const bool allPresent = missingMarks == 0 && extraMarks == 0 && countMismatches == 0;
    ok = ok && allPresent && late == 0 && storiesReplaced == 0 && marksReplaced == 0;
    std::cout << "newsroom_load: " << clients.size() << " clients, " << seconds << " s ("
              << std::fixed << std::setprecision(1) << ranFor << " s with start and drain), "
              << kPages << " pages: " << thousands(long(marks.size())) << " marks, "
              << thousands(totalSaves) << " story edits (" << conflicts << " conflicts retried), "
              << thousands(totalPushes) << " page saves — "
              << (allPresent ? "all present" : "NOT all present") << "\n";
    std::cout << "  marks: " << markRows.size() << " rows (" << missingMarks << " missing, "
              << extraMarks << " extra), " << marksOnPages << " counted on the pages' status\n";
    std::cout << "  designers' pushes replaced " << storiesReplaced << " story texts and "
              << marksReplaced << " marks saved between their pull and push (added "
              << marksAddedByPush << " marks)\n";
    std::cout << std::setprecision(1) << "mark → another client: p50 " << percentile(latency, 0.5)
              << " ms, p95 " << percentile(latency, 0.95) << " ms, max " << percentile(latency, 1.0)
              << " ms (n = " << thousands(long(latency.size())) << " arrivals of "
              << thousands(expected) << " expected, " << late << " not heard); budget p95 ≤ 1 s\n";
    std::cout << std::setprecision(1) << "  from addMark called (its transaction included): p50 "
              << percentile(fromCall, 0.5) << " ms, p95 " << percentile(fromCall, 0.95)
              << " ms, max " << percentile(fromCall, 1.0) << " ms; from addMark returned, min "
              << percentile(latency, 0.0) << " ms (heard before the writer's COMMIT returned)\n";
    std::cout << std::setprecision(1) << "  a designer's push (pull, move, push: the push): p50 "
              << percentile(pushMs, 0.5) << " ms, p95 " << percentile(pushMs, 0.95) << " ms\n";
    std::cout << "page pulled from the edition at the end: median " << percentile(pulls, 0.5)
              << " ms of 20 (max " << percentile(pulls, 1.0)
              << " ms); budget ≤ 300 ms (the pull only: the window then lays it out)\n";
    std::cout << "edition exported, 8 pages to print PDFs (everyPage, force): "
              << std::setprecision(0) << exportMs << " ms, " << files
              << " files (composer with its font scan before: " << composerMs
              << " ms); budget ≤ 2 s\n";
    std::cout << (ok ? "newsroom_load: passed" : "newsroom_load: FAILED") << std::endl;
    std::error_code ignored;
    fs::remove_all(folder, ignored);
    return ok ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    std::string role, url, out;
    int index = 0, seconds = 300;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << "newsroom_load: " << arg << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (arg == "--client") {
            role = next();
            index = std::stoi(next());
        } else if (arg == "--db") {
            url = next();
        } else if (arg == "--seconds") {
            seconds = std::stoi(next());
        } else if (arg == "--out") {
            out = next();
        } else {
            std::cerr << "usage: newsroom_load [--seconds N]\n";
            return 2;
        }
    }
    if (!role.empty()) {
        if (role != "designer" && role != "proofreader" && role != "editor") {
            std::cerr << "newsroom_load: no role " << role << "\n";
            return 2;
        }
        return Client(role, index, url, seconds, out).run();
    }
    std::error_code error;
    const fs::path self = fs::read_symlink("/proc/self/exe", error);
    return coordinate(error ? std::string(argv[0]) : self.string(), seconds);
}
