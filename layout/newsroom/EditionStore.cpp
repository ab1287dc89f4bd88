#include "layout/newsroom/EditionStore.h"

#include <random>
#include <set>

#include "layout/base/Id.h"
#include "layout/model/MarkText.h"
#include "layout/model/StoryJson.h"
#include "layout/newsroom/PageParts.h"
#include "layout/newsroom/SqlValues.h"
#include "layout/newsroom/Transaction.h"
#include "layout/proof/Rounds.h"

namespace banmian::layout {

namespace {

using json = nlohmann::ordered_json;

Diagnostic noEdition(const CalendarDate& date, const std::string& paper) {
    return Diagnostic{
            0,
            "the newsroom has no edition " + (paper.empty() ? std::string() : "of " + paper + " ") +
                    "for " + isoDate(date) +
                    "; make it with banmian edition create --db URL --paper NAME --date " +
                    isoDate(date) + " --pages N",
            Severity::Error, "no-edition"};
}

Diagnostic noPage(const StoredEdition& edition, int number) {
    return Diagnostic{0,
                      "the edition of " + isoDate(edition.edition.date) + " has no page " +
                              std::to_string(number) + " (it has " +
                              std::to_string(edition.edition.pages.size()) + ")",
                      Severity::Error, "no-page"};
}

std::string id(long long value) {
    return std::to_string(value);
}

// The page's line of the status, its state from its last round and sign-off.
PageState stateOf(const std::optional<std::string>& round,
                  const std::optional<std::string>& signOff, bool sent) {
    if (sent) return {PageStage::Sent};
    if (signOff) {
        const auto event = json::parse(*signOff, nullptr, false);
        if (event.is_object() && event.value("kind", "") == "sign") return {PageStage::Signed};
    }
    if (!round) return {PageStage::Composing};
    const auto r = json::parse(*round, nullptr, false);
    if (!r.is_object() || !r.contains("number") || !r["number"].is_number_integer())
        return {PageStage::Composing};
    return {PageStage::Proofing, r["number"].get<int>(), r.value("last", false)};
}

}  // namespace

std::string newSession() {
    std::random_device device;
    std::uniform_int_distribution<unsigned> digit(0, 15);
    std::string session;
    for (int i = 0; i < 16; ++i) session += "0123456789abcdef"[digit(device)];
    return session;
}

EditionStore::EditionStore(PgConnection& connection, Worker worker)
    : m_connection(connection), m_worker(std::move(worker)) {
    if (m_worker.session.empty()) m_worker.session = newSession();
}

Result<StoredEdition> EditionStore::createEdition(
        const std::string& paper, const CalendarDate& date, int pages,
        const std::function<Document(const EditionPage&)>& newPage) {
    if (auto wrong = checkNewEdition(paper, date, pages))
        return Diagnostic{0, *wrong, Severity::Error, "bad-edition"};
    Edition edition{paper, date, numberedPages(pages)};
    std::vector<std::string> layouts;
    for (const EditionPage& page : edition.pages)
        layouts.push_back(splitPage(newPage(page)).layout.dump());
    return transaction<StoredEdition>([&]() -> Result<StoredEdition> {
        auto row = m_connection.exec(
                "INSERT INTO banmian.editions (paper, date, created_by) VALUES ($1, $2, $3) "
                "ON CONFLICT (paper, date) DO NOTHING RETURNING id",
                {paper, isoDate(date), m_worker.name});
        if (!row) return row.error();
        if (row.value().empty()) {
            return Diagnostic{0,
                              "the newsroom has an edition of " + paper + " for " + isoDate(date) +
                                      " already; see it with banmian edition status --db URL "
                                      "--date " +
                                      isoDate(date),
                              Severity::Error, "edition-exists"};
        }
        const long long editionId = row.value().number(0, 0);
        for (std::size_t i = 0; i < edition.pages.size(); ++i) {
            auto page = m_connection.exec(
                    "INSERT INTO banmian.pages (edition, number, section, layout, saved_by) "
                    "VALUES ($1, $2, $3, $4::jsonb, $5)",
                    {id(editionId), std::to_string(edition.pages[i].number),
                     edition.pages[i].section, layouts[i], m_worker.name});
            if (!page) return page.error();
        }
        auto change = recordChange(m_connection, editionId,
                                   {0, "edition-created", 0, "", "", m_worker.name});
        if (!change) return change.error();
        return StoredEdition{editionId, edition};
    });
}

Result<StoredEdition> EditionStore::findEdition(const CalendarDate& date,
                                                const std::string& paper) {
    auto rows = m_connection.exec(
            "SELECT id, paper FROM banmian.editions WHERE date = $1 AND ($2 = '' OR paper = $2) "
            "ORDER BY paper",
            {isoDate(date), paper});
    if (!rows) return rows.error();
    if (rows.value().empty()) return noEdition(date, paper);
    if (rows.value().size() > 1) {
        std::string papers;
        for (int r = 0; r < rows.value().size(); ++r)
            papers += (r ? ", " : "") + rows.value().text(r, 1);
        return Diagnostic{0,
                          "the newsroom has several editions for " + isoDate(date) + " (" + papers +
                                  "); say which with --paper NAME",
                          Severity::Error, "several-editions"};
    }
    StoredEdition found{rows.value().number(0, 0), {rows.value().text(0, 1), date, {}}};
    auto pages =
            m_connection.exec("SELECT number, section, sent_at IS NOT NULL, to_char(sent_at, " +
                                      std::string(kIsoTime) +
                                      ") FROM banmian.pages WHERE edition = $1 ORDER BY number",
                              {id(found.id)});
    if (!pages) return pages.error();
    for (int r = 0; r < pages.value().size(); ++r) {
        found.edition.pages.push_back({static_cast<int>(pages.value().number(r, 0)),
                                       pages.value().text(r, 1), pages.value().text(r, 2) == "t",
                                       pages.value().text(r, 3)});
    }
    return found;
}

Result<int> EditionStore::importStories(const StoredEdition& edition,
                                        const std::vector<Story>& stories) {
    return transaction<int>([&]() -> Result<int> {
        int added = 0;
        for (std::size_t i = 0; i < stories.size(); ++i) {
            Story story = stories[i];
            if (story.id.empty()) story.id = newId();
            const std::string manuscript = storyTexts({story}).front().text;
            auto row = m_connection.exec(
                    "INSERT INTO banmian.stories (edition, id, position, story, manuscript, "
                    "edited_by) VALUES ($1, $2, $3, $4::jsonb, $5, $6) "
                    "ON CONFLICT (edition, id) DO NOTHING",
                    {id(edition.id), story.id, std::to_string(i), storyRow(story).dump(),
                     manuscript, m_worker.name});
            if (!row) return row.error();
            if (row.value().affected() == 0) continue;
            ++added;
            auto change = recordChange(m_connection, edition.id,
                                       {0, "story-imported", 0, story.id, "", m_worker.name});
            if (!change) return change.error();
        }
        return added;
    });
}

Result<StoredPage> EditionStore::readPage(const StoredEdition& edition, int number, bool lock) {
    auto page = m_connection.exec(
            "SELECT layout, version, section, holder, holder_session, "
            "coalesce(lease_until > now(), false), to_char(lease_until, " +
                    std::string(kIsoTime) +
                    "), sent_at IS NOT NULL FROM banmian.pages WHERE edition = $1 AND number = $2" +
                    (lock ? " FOR UPDATE" : ""),
            {id(edition.id), std::to_string(number)});
    if (!page) return page.error();
    if (page.value().empty()) return noPage(edition, number);
    const PgRows& row = page.value();
    StoredPage stored;
    stored.version = row.number(0, 1);
    stored.section = row.text(0, 2);
    stored.holder = row.text(0, 3);
    stored.holderSession = row.text(0, 4);
    stored.leaseLive = row.text(0, 5) == "t";
    stored.leaseUntil = row.text(0, 6);
    stored.sent = row.text(0, 7) == "t";

    PageParts parts;
    parts.layout = json::parse(row.text(0, 0), nullptr, false);
    if (!parts.layout.is_object()) {
        return Diagnostic{
                0, "page " + std::to_string(number) + "'s layout in the database is not a page",
                Severity::Error, "bad-document"};
    }
    auto stories = m_connection.exec(
            "SELECT id, story, manuscript, version FROM banmian.stories WHERE edition = $1 AND "
            "(page = $2 OR id IN (SELECT story FROM banmian.placements WHERE edition = $1 AND "
            "page = $2)) ORDER BY page IS NULL, page, position, id",
            {id(edition.id), std::to_string(number)});
    if (!stories) return stories.error();
    std::vector<std::string> ids;
    for (int r = 0; r < stories.value().size(); ++r) {
        ids.push_back(stories.value().text(r, 0));
        parts.stories.push_back(json::parse(stories.value().text(r, 1), nullptr, false));
        if (auto manuscript = stories.value().at(r, 2))
            parts.manuscripts.push_back({{"story", ids.back()}, {"text", *manuscript}});
        stored.storyVersions[ids.back()] = stories.value().number(r, 3);
    }
    auto marks = m_connection.exec(
            "SELECT mark FROM banmian.marks WHERE edition = $1 AND story = ANY($2::text[]) "
            "ORDER BY created_at, id",
            {id(edition.id), textArray(ids)});
    if (!marks) return marks.error();
    for (int r = 0; r < marks.value().size(); ++r)
        parts.marks.push_back(json::parse(marks.value().text(r, 0), nullptr, false));
    auto rounds = m_connection.exec(
            "SELECT round FROM banmian.rounds WHERE edition = $1 AND page = $2 ORDER BY number",
            {id(edition.id), std::to_string(number)});
    if (!rounds) return rounds.error();
    for (int r = 0; r < rounds.value().size(); ++r)
        parts.rounds.push_back(json::parse(rounds.value().text(r, 0), nullptr, false));
    auto signOffs = m_connection.exec(
            "SELECT event FROM banmian.sign_offs WHERE edition = $1 AND page = $2 ORDER BY seq",
            {id(edition.id), std::to_string(number)});
    if (!signOffs) return signOffs.error();
    for (int r = 0; r < signOffs.value().size(); ++r)
        parts.signOffs.push_back(json::parse(signOffs.value().text(r, 0), nullptr, false));

    auto document = joinPage(parts);
    if (!document) {
        Diagnostic error = document.error();
        error.message = "page " + std::to_string(number) +
                        " in the database cannot be read: " + error.message;
        return error;
    }
    stored.document = std::move(document).value();
    // Its number and section are the edition's: a page moved in the plan prints where it is now.
    stored.document.page.number = number;
    if (!stored.section.empty()) stored.document.page.section = stored.section;
    return stored;
}

Result<StoredPage> EditionStore::pullPage(const StoredEdition& edition, int number) {
    // One snapshot: the layout, stories and marks as they stood at one moment.
    return transaction<StoredPage>([&]() -> Result<StoredPage> {
        if (auto error =
                    m_connection.run("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"))
            return *error;
        return readPage(edition, number, false);
    });
}

std::optional<Diagnostic> EditionStore::pushPage(const StoredEdition& edition, int number,
                                                 const Document& document,
                                                 const std::map<std::string, long long>* read) {
    const PageParts parts = splitPage(document);
    auto pushed = transaction<bool>([&]() -> Result<bool> {
        auto stored = readPage(edition, number, true);
        if (!stored) return stored.error();
        const StoredPage& now = stored.value();
        if (now.leaseLive && now.holderSession != m_worker.session) {
            return Diagnostic{0,
                              "page " + std::to_string(number) + " is held by " + now.holder +
                                      " until " + now.leaseUntil +
                                      "; it can be written when they close it or their lease "
                                      "runs out",
                              Severity::Error, "page-held"};
        }
        if (auto frozen = frozenBecause(now.document);
            frozen && document.signOffs.size() <= now.document.signOffs.size()) {
            return Diagnostic{0,
                              "page " + std::to_string(number) + ": " + *frozen +
                                      "; lift the sign-off before changing it",
                              Severity::Error, "page-signed"};
        }
        const std::string e = id(edition.id), page = std::to_string(number);
        auto layout = m_connection.exec(
                "UPDATE banmian.pages SET layout = $3::jsonb, version = version + 1, saved_by = "
                "$4, saved_at = now(), autosave = CASE WHEN holder_session = $5 THEN NULL ELSE "
                "autosave END, section = CASE WHEN $6 <> '' THEN $6 ELSE section END WHERE "
                "edition = $1 AND number = $2",
                {e, page, parts.layout.dump(), m_worker.name, m_worker.session,
                 document.page.section});
        if (!layout) return layout.error();
        if (auto c = recordChange(m_connection, edition.id,
                                  {0, "page-saved", number, "", "", m_worker.name});
            !c)
            return c.error();

        for (std::size_t i = 0; i < parts.stories.size(); ++i) {
            const json& story = parts.stories[i];
            const std::string storyId = story.value("id", "");
            auto old = m_connection.exec(
                    "SELECT story::text, story = $3::jsonb, version FROM banmian.stories WHERE "
                    "edition = $1 AND id = $2 FOR UPDATE",
                    {e, storyId, story.dump()});
            if (!old) return old.error();
            if (old.value().empty()) {
                auto added = m_connection.exec(
                        "INSERT INTO banmian.stories (edition, id, page, position, story, "
                        "edited_by) VALUES ($1, $2, $3, $4, $5::jsonb, $6)",
                        {e, storyId, page, std::to_string(i), story.dump(), m_worker.name});
                if (!added) return added.error();
                if (auto c = recordChange(m_connection, edition.id,
                                          {0, "story-added", number, storyId, "", m_worker.name});
                    !c)
                    return c.error();
                continue;
            }
            auto placed = m_connection.exec(
                    "UPDATE banmian.stories SET page = coalesce(page, $3::int), position = $4 "
                    "WHERE edition = $1 AND id = $2",
                    {e, storyId, page, std::to_string(i)});
            if (!placed) return placed.error();
            if (old.value().text(0, 1) == "t") continue;
            // An editor saved the story since this copy read it: their text stands.
            if (read) {
                const auto it = read->find(storyId);
                if (it == read->end() || it->second != old.value().number(0, 2)) continue;
            }
            // Another's text replaced by this copy's: the old text stays in the history.
            auto edited = m_connection.exec(
                    "UPDATE banmian.stories SET story = $3::jsonb, version = version + 1, "
                    "edited_by = $4, edited_at = now() WHERE edition = $1 AND id = $2",
                    {e, storyId, story.dump(), m_worker.name});
            if (!edited) return edited.error();
            if (auto c = recordChange(m_connection, edition.id,
                                      {0, "story-edited", number, storyId, "", m_worker.name,
                                       old.value().text(0, 0)});
                !c)
                return c.error();
        }
        for (const json& manuscript : parts.manuscripts) {
            auto kept = m_connection.exec(
                    "UPDATE banmian.stories SET manuscript = $3 WHERE edition = $1 AND id = $2 AND "
                    "manuscript IS NULL",
                    {e, manuscript.value("story", ""), manuscript.value("text", "")});
            if (!kept) return kept.error();
        }
        for (const json& mark : parts.marks) {
            const std::string markId = mark.value("id", "");
            if (read) {
                // A window's copy: its marks' places may be older than the edition's (an
                // editor's text moved them); only a decision made in this copy is written.
                auto stored = m_connection.exec(
                        "SELECT mark->>'status' FROM banmian.marks WHERE edition = $1 AND id = $2",
                        {e, markId});
                if (!stored) return stored.error();
                if (!stored.value().empty() &&
                    stored.value().text(0, 0) == mark.value("status", ""))
                    continue;
            }
            auto written = m_connection.exec(
                    "INSERT INTO banmian.marks (edition, id, story, mark, author) VALUES ($1, $2, "
                    "$3, $4::jsonb, $5) ON CONFLICT (edition, id) DO UPDATE SET mark = "
                    "EXCLUDED.mark, version = banmian.marks.version + 1 WHERE banmian.marks.mark "
                    "IS DISTINCT FROM EXCLUDED.mark RETURNING (xmax = 0)",
                    {e, markId, mark.value("story", ""), mark.dump(), mark.value("author", "")});
            if (!written) return written.error();
            if (written.value().empty()) continue;
            const bool added = written.value().text(0, 0) == "t";
            if (auto c = recordChange(m_connection, edition.id,
                                      {0, added ? "mark-added" : "mark-updated", number,
                                       mark.value("story", ""), markId, m_worker.name});
                !c)
                return c.error();
        }
        // Rounds and sign-offs are histories, only ever added to.
        for (const json& round : parts.rounds) {
            auto added = m_connection.exec(
                    "INSERT INTO banmian.rounds (edition, page, number, round) VALUES ($1, $2, "
                    "$3, $4::jsonb) ON CONFLICT DO NOTHING",
                    {e, page, std::to_string(round.value("number", 0)), round.dump()});
            if (!added) return added.error();
            if (added.value().affected() &&
                !recordChange(m_connection, edition.id,
                              {0, "round-opened", number, "", "", m_worker.name}))
                return Diagnostic{0, "the round could not be recorded"};
        }
        for (std::size_t i = 0; i < parts.signOffs.size(); ++i) {
            auto added = m_connection.exec(
                    "INSERT INTO banmian.sign_offs (edition, page, seq, event) VALUES ($1, $2, "
                    "$3, $4::jsonb) ON CONFLICT DO NOTHING",
                    {e, page, std::to_string(i), parts.signOffs[i].dump()});
            if (!added) return added.error();
            const bool sign = parts.signOffs[i].value("kind", "") == "sign";
            if (added.value().affected() &&
                !recordChange(m_connection, edition.id,
                              {0, sign ? "signed-off" : "sign-off-lifted", number, "", "",
                               m_worker.name}))
                return Diagnostic{0, "the sign-off could not be recorded"};
        }
        // Where each story is placed: what finds a story's pages (an editor's change, a jump).
        auto cleared = m_connection.exec(
                "DELETE FROM banmian.placements WHERE edition = $1 AND page = $2", {e, page});
        if (!cleared) return cleared.error();
        for (const Block& block : document.page.blocks) {
            auto placed = m_connection.exec(
                    "INSERT INTO banmian.placements (edition, page, block, kind, story) VALUES "
                    "($1, $2, $3, $4, nullif($5, '')) ON CONFLICT DO NOTHING",
                    {e, page, block.id, block.kind == BlockKind::Story ? "story" : "furniture",
                     block.story});
            if (!placed) return placed.error();
        }
        return true;
    });
    if (!pushed) return pushed.error();
    return std::nullopt;
}

Result<Change> EditionStore::addMark(const StoredEdition& edition, int page,
                                     const ProofMark& mark) {
    return transaction<Change>([&]() -> Result<Change> {
        const std::string e = id(edition.id);
        const std::string storyId = mark.range.begin.story;
        auto row = m_connection.exec(
                "SELECT story FROM banmian.stories WHERE edition = $1 AND id = $2 FOR SHARE",
                {e, storyId});
        if (!row) return row.error();
        if (row.value().empty()) {
            return Diagnostic{0, "the edition has no story " + storyId, Severity::Error,
                              "no-story"};
        }
        auto story = storyFromJson(json::parse(row.value().text(0, 0)), "/story");
        if (!story) return story.error();
        Story text = std::move(story).value();
        text.id = storyId;
        // A signed page takes no marks (its proof is closed), as in the window and the commands.
        auto signedOff = m_connection.exec(
                "SELECT event->>'by' FROM banmian.sign_offs s WHERE edition = $1 AND page = $2 "
                "AND seq = (SELECT max(seq) FROM banmian.sign_offs WHERE edition = $1 AND page = "
                "$2) AND event->>'kind' = 'sign'",
                {e, std::to_string(page)});
        if (!signedOff) return signedOff.error();
        if (!signedOff.value().empty()) {
            return Diagnostic{0,
                              "page " + std::to_string(page) + " is signed off (签样 by " +
                                      signedOff.value().text(0, 0) +
                                      "): it takes no marks until the sign-off is lifted",
                              Severity::Error, "page-signed"};
        }
        ProofMark made = mark;
        if (made.id.empty()) made.id = newId();
        if (made.author.empty()) made.author = m_worker.name;
        recordMarkText({text}, made);
        auto added = m_connection.exec(
                "INSERT INTO banmian.marks (edition, id, story, mark, author) VALUES ($1, $2, $3, "
                "$4::jsonb, $5) ON CONFLICT (edition, id) DO NOTHING",
                {e, made.id, storyId, markRow(text, made).dump(), made.author});
        if (!added) return added.error();
        Change change{0, "mark-added", page, storyId, made.id, m_worker.name};
        if (added.value().affected() == 0) return change;  // sent before: written once
        auto recorded = recordChange(m_connection, edition.id, change);
        if (!recorded) return recorded.error();
        change.id = recorded.value();
        return change;
    });
}

Result<long long> EditionStore::saveStory(const StoredEdition& edition, const Story& story,
                                          long long readVersion) {
    return transaction<long long>([&]() -> Result<long long> {
        const std::string e = id(edition.id);
        auto now = m_connection.exec(
                "SELECT version, edited_by, to_char(edited_at, " + std::string(kIsoTime) +
                        ") FROM banmian.stories WHERE edition = $1 AND id = $2 FOR UPDATE",
                {e, story.id});
        if (!now) return now.error();
        if (now.value().empty())
            return Diagnostic{0, "the edition has no story " + story.id, Severity::Error,
                              "no-story"};
        if (now.value().number(0, 0) != readVersion) {
            return Diagnostic{0,
                              "the story was changed by " + now.value().text(0, 1) + " at " +
                                      now.value().text(0, 2) +
                                      " since it was read; read it again and make the change "
                                      "on their text",
                              Severity::Error, "story-changed"};
        }
        auto frozen = m_connection.exec(
                "SELECT p.page FROM (SELECT page FROM banmian.placements WHERE edition = $1 AND "
                "story = $2) p WHERE (SELECT event->>'kind' FROM banmian.sign_offs s WHERE "
                "s.edition = $1 AND s.page = p.page ORDER BY seq DESC LIMIT 1) = 'sign'",
                {e, story.id});
        if (!frozen) return frozen.error();
        if (!frozen.value().empty()) {
            return Diagnostic{0,
                              "the story stands on page " + frozen.value().text(0, 0) +
                                      ", which is signed off (签样): lift the sign-off before "
                                      "changing its text",
                              Severity::Error, "page-signed"};
        }
        auto saved = m_connection.exec(
                "UPDATE banmian.stories SET story = $3::jsonb, version = version + 1, edited_by = "
                "$4, edited_at = now() WHERE edition = $1 AND id = $2 RETURNING version",
                {e, story.id, storyRow(story).dump(), m_worker.name});
        if (!saved) return saved.error();
        // The story's marks found again in its new text (reanchor()), kept where they moved.
        auto marks = m_connection.exec(
                "SELECT id, mark FROM banmian.marks WHERE edition = $1 AND story = $2 FOR UPDATE",
                {e, story.id});
        if (!marks) return marks.error();
        PageParts parts;
        // The story alone on a page of its own: what the marks are checked against.
        Document alone;
        alone.page.grid = pageGrid(PagePreset::Broadsheet);
        parts.layout = splitPage(alone).layout;
        parts.stories = {storyRow(story)};
        for (int r = 0; r < marks.value().size(); ++r)
            parts.marks.push_back(json::parse(marks.value().text(r, 1), nullptr, false));
        if (!parts.marks.empty()) {
            auto checked = joinPage(parts);
            if (!checked) return checked.error();
            for (const ProofMark& mark : checked.value().marks) {
                auto moved = m_connection.exec(
                        "UPDATE banmian.marks SET mark = $3::jsonb, version = version + 1 WHERE "
                        "edition = $1 AND id = $2 AND mark IS DISTINCT FROM $3::jsonb",
                        {e, mark.id, markRow(story, mark).dump()});
                if (!moved) return moved.error();
            }
        }
        auto pages = m_connection.exec(
                "SELECT DISTINCT page FROM banmian.placements WHERE edition = $1 AND story = $2",
                {e, story.id});
        if (!pages) return pages.error();
        const int page = pages.value().empty() ? 0 : static_cast<int>(pages.value().number(0, 0));
        auto c = recordChange(m_connection, edition.id,
                              {0, "story-edited", page, story.id, "", m_worker.name});
        if (!c) return c.error();
        return saved.value().number(0, 0);
    });
}

Result<std::vector<PageStatus>> EditionStore::status(const StoredEdition& edition) {
    auto rows = m_connection.exec(
            "SELECT p.number, p.section, CASE WHEN p.lease_until > now() THEN p.holder END, "
            "to_char(p.lease_until, " +
                    std::string(kIsoTime) +
                    "), p.version, "
                    "(SELECT round::text FROM banmian.rounds r WHERE r.edition = p.edition AND "
                    "r.page = "
                    "p.number ORDER BY number DESC LIMIT 1), "
                    "(SELECT event::text FROM banmian.sign_offs s WHERE s.edition = p.edition AND "
                    "s.page "
                    "= p.number ORDER BY seq DESC LIMIT 1), p.sent_at IS NOT NULL, "
                    "(SELECT count(*) FROM banmian.stories st WHERE st.edition = p.edition AND "
                    "(st.page = "
                    "p.number OR st.id IN (SELECT story FROM banmian.placements pl WHERE "
                    "pl.edition = "
                    "p.edition AND pl.page = p.number))), "
                    "(SELECT (count(*) FILTER (WHERE m.mark->>'status' = 'open' AND NOT "
                    "coalesce((m.mark->>'orphaned')::boolean, false))) || ',' || count(*) FROM "
                    "banmian.marks m WHERE "
                    "m.edition = p.edition AND m.story IN (SELECT st.id FROM banmian.stories st "
                    "WHERE "
                    "st.edition = p.edition AND (st.page = p.number OR st.id IN (SELECT story FROM "
                    "banmian.placements pl WHERE pl.edition = p.edition AND pl.page = "
                    "p.number)))), "
                    "p.saved_by, to_char(p.saved_at, " +
                    std::string(kIsoTime) +
                    ") "
                    "FROM banmian.pages p WHERE p.edition = $1 ORDER BY p.number",
            {id(edition.id)});
    if (!rows) return rows.error();
    std::vector<PageStatus> pages;
    const PgRows& r = rows.value();
    for (int i = 0; i < r.size(); ++i) {
        PageStatus s;
        s.number = static_cast<int>(r.number(i, 0));
        s.section = r.text(i, 1);
        s.holder = r.text(i, 2);
        if (!s.holder.empty()) s.leaseUntil = r.text(i, 3);
        s.version = r.number(i, 4);
        s.state = stateOf(r.at(i, 5), r.at(i, 6), r.text(i, 7) == "t");
        s.stories = static_cast<int>(r.number(i, 8));
        // The marks' counts come as one text, "open,total".
        const std::string counts = r.text(i, 9);
        const auto comma = counts.find(',');
        if (comma != std::string::npos) {
            s.openMarks = std::atoi(counts.c_str());
            s.marks = std::atoi(counts.c_str() + comma + 1);
        }
        s.savedBy = r.text(i, 10);
        s.savedAt = r.text(i, 11);
        pages.push_back(std::move(s));
    }
    return pages;
}

std::optional<Diagnostic> EditionStore::markSent(const StoredEdition& edition, int number) {
    auto sent = transaction<bool>([&]() -> Result<bool> {
        auto row = m_connection.exec(
                "UPDATE banmian.pages SET sent_at = now(), sent_by = $3 WHERE edition = $1 AND "
                "number = $2",
                {id(edition.id), std::to_string(number), m_worker.name});
        if (!row) return row.error();
        if (row.value().affected() == 0) return noPage(edition, number);
        auto c = recordChange(m_connection, edition.id,
                              {0, "page-sent", number, "", "", m_worker.name});
        if (!c) return c.error();
        return true;
    });
    if (!sent) return sent.error();
    return std::nullopt;
}

Result<std::vector<Change>> EditionStore::changesSince(const StoredEdition& edition,
                                                       long long after) {
    auto rows = m_connection.exec(
            "SELECT id, what, coalesce(page, 0), coalesce(story, ''), coalesce(mark, ''), who "
            "FROM banmian.changes WHERE edition = $1 AND id > $2 ORDER BY id",
            {id(edition.id), std::to_string(after)});
    if (!rows) return rows.error();
    std::vector<Change> changes;
    for (int r = 0; r < rows.value().size(); ++r) {
        changes.push_back({rows.value().number(r, 0), rows.value().text(r, 1),
                           static_cast<int>(rows.value().number(r, 2)), rows.value().text(r, 3),
                           rows.value().text(r, 4), rows.value().text(r, 5)});
    }
    return changes;
}

std::optional<Diagnostic> EditionStore::follow(const StoredEdition& edition) {
    return m_connection.listen(editionChannel(edition.id));
}

}  // namespace banmian::layout
