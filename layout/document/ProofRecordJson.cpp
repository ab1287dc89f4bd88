#include "layout/document/ProofRecordJson.h"

#include "layout/document/Document.h"

namespace banmian::layout {
namespace {

using json = nlohmann::ordered_json;

// The highest round a file may name: far beyond any newsroom's (三校 is the rule, 五校 rare),
// low enough that a hand-typed 1e9 is caught.
constexpr int kMaxRound = 99;

struct RecordReader {
    std::optional<Diagnostic> error;

    void fail(const std::string& where, const std::string& what) {
        if (!error) error = Diagnostic{0, where + ": " + what};
    }
    std::string text(const json& j, const char* key, const std::string& where, bool required) {
        if (!j.contains(key)) {
            if (required) fail(where + "/" + key, "missing");
            return {};
        }
        if (!j[key].is_string()) {
            fail(where + "/" + key, "should be text in quotes");
            return {};
        }
        return j[key].get<std::string>();
    }
    const json* list(const json& j, const char* key, const std::string& where = {}) {
        if (!j.contains(key)) return nullptr;
        if (!j[key].is_array()) {
            fail(where + "/" + key, "not a list");
            return nullptr;
        }
        return &j[key];
    }
};

const char* kindName(SignOffEvent::Kind kind) {
    return kind == SignOffEvent::Kind::Sign ? "sign" : "lift";
}

}  // namespace

void proofRecordToJson(const Document& d, json& out) {
    if (!d.rounds.empty()) {
        auto rounds = json::array();
        for (const ProofRound& r : d.rounds) {
            json round = {{"number", r.number}};
            if (r.last) round["last"] = true;
            round["openedBy"] = r.openedBy;
            round["opened"] = r.opened;
            if (!r.texts.empty()) {
                auto texts = json::array();
                for (const Manuscript& t : r.texts)
                    texts.push_back({{"story", t.story}, {"text", t.text}});
                round["texts"] = std::move(texts);
            }
            rounds.push_back(std::move(round));
        }
        out["rounds"] = std::move(rounds);
    }
    if (!d.signOffs.empty()) {
        auto events = json::array();
        for (const SignOffEvent& e : d.signOffs) {
            json event = {{"kind", kindName(e.kind)}, {"by", e.by}, {"time", e.time}};
            if (!e.note.empty()) event["note"] = e.note;
            events.push_back(std::move(event));
        }
        out["signOffs"] = std::move(events);
    }
    if (!d.manuscripts.empty()) {
        auto manuscripts = json::array();
        for (const Manuscript& m : d.manuscripts)
            manuscripts.push_back({{"story", m.story}, {"text", m.text}});
        out["manuscripts"] = std::move(manuscripts);
    }
}

std::optional<Diagnostic> proofRecordFromJson(const json& j, const std::set<std::string>& stories,
                                              Document& d) {
    RecordReader reader;
    if (const json* rounds = reader.list(j, "rounds")) {
        for (std::size_t i = 0; i < rounds->size() && !reader.error; ++i) {
            const std::string where = "/rounds/" + std::to_string(i);
            const json& item = (*rounds)[i];
            if (!item.is_object()) {
                reader.fail(where, "not an object");
                break;
            }
            ProofRound round;
            // Rounds follow one another (一校, 二校 …): a list that skips or repeats one was edited
            // wrong, and the marks' round numbers would mean nothing.
            const int expected = static_cast<int>(i) + 1;
            if (!item.contains("number") || !item["number"].is_number_integer()) {
                reader.fail(where + "/number", "missing or not a whole number");
            } else if (const auto n = item["number"].get<long long>(); n != expected) {
                reader.fail(where + "/number", std::to_string(n) + " should be " +
                                                       std::to_string(expected) +
                                                       ": rounds are numbered 1, 2, 3 … in order");
            }
            round.number = expected;
            if (item.contains("last")) {
                if (!item["last"].is_boolean())
                    reader.fail(where + "/last", "should be true or false");
                else
                    round.last = item["last"].get<bool>();
            }
            round.openedBy = reader.text(item, "openedBy", where, false);
            round.opened = reader.text(item, "opened", where, false);
            if (const json* texts = reader.list(item, "texts", where)) {
                for (std::size_t t = 0; t < texts->size() && !reader.error; ++t) {
                    const std::string at = where + "/texts/" + std::to_string(t);
                    if (!(*texts)[t].is_object()) {
                        reader.fail(at, "not an object");
                        break;
                    }
                    round.texts.push_back({reader.text((*texts)[t], "story", at, true),
                                           reader.text((*texts)[t], "text", at, true)});
                }
            }
            d.rounds.push_back(std::move(round));
        }
        if (!reader.error && d.rounds.size() > static_cast<std::size_t>(kMaxRound))
            reader.fail("/rounds", "more than " + std::to_string(kMaxRound) + " rounds");
    }
    if (const json* events = reader.list(j, "signOffs")) {
        for (std::size_t i = 0; i < events->size() && !reader.error; ++i) {
            const std::string where = "/signOffs/" + std::to_string(i);
            const json& item = (*events)[i];
            if (!item.is_object()) {
                reader.fail(where, "not an object");
                break;
            }
            SignOffEvent event;
            const std::string kind = reader.text(item, "kind", where, true);
            if (kind == "sign")
                event.kind = SignOffEvent::Kind::Sign;
            else if (kind == "lift")
                event.kind = SignOffEvent::Kind::Lift;
            else if (!reader.error)
                reader.fail(where + "/kind", "\"" + kind + "\" is neither \"sign\" nor \"lift\"");
            // A lift lifts a signature: the history alternates, beginning with one.
            const bool signedNow =
                    !d.signOffs.empty() && d.signOffs.back().kind == SignOffEvent::Kind::Sign;
            if (!reader.error && (event.kind == SignOffEvent::Kind::Sign) == signedNow) {
                reader.fail(where + "/kind", signedNow ? "the page is signed already"
                                                       : "there is no sign-off to lift");
            }
            event.by = reader.text(item, "by", where, true);
            event.time = reader.text(item, "time", where, true);
            event.note = reader.text(item, "note", where, false);
            if (!reader.error && event.by.empty()) reader.fail(where + "/by", "empty: who signed?");
            d.signOffs.push_back(std::move(event));
        }
    }
    if (const json* manuscripts = reader.list(j, "manuscripts")) {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < manuscripts->size() && !reader.error; ++i) {
            const std::string where = "/manuscripts/" + std::to_string(i);
            const json& item = (*manuscripts)[i];
            if (!item.is_object()) {
                reader.fail(where, "not an object");
                break;
            }
            Manuscript m{reader.text(item, "story", where, true),
                         reader.text(item, "text", where, true)};
            if (reader.error) break;
            // A story taken out of the page takes its manuscript along, as the photos' stories
            // do; a manuscript of no story is a hand edit gone wrong only when named twice.
            if (!seen.insert(m.story).second)
                reader.fail(where + "/story", "\"" + m.story + "\" has a manuscript already");
            else if (stories.contains(m.story))
                d.manuscripts.push_back(std::move(m));
        }
    }
    return reader.error;
}

}  // namespace banmian::layout
