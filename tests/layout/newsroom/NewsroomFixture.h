#pragma once
// A newsroom for a test: a throw-away PostgreSQL server with Banmian's schema, an edition of the
// seed's stories, and a store per person working on it.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "ThrowAwayServer.h"
#include "layout/document/Document.h"
#include "layout/import/ArticleImporter.h"
#include "layout/newsroom/EditionStore.h"
#include "layout/newsroom/Schema.h"

namespace banmian::layout {

/// The seed's stories, the first four placed down the page in blocks of their own.
inline Document seedPage() {
    Document document;
    document.stories =
            importArticleFile(BANMIAN_SOURCE_DIR "/seeds/xuhui-front-page.txt").value().stories;
    document.page.grid = pageGrid(PagePreset::Broadsheet);
    for (int i = 0; i < 4; ++i) {
        Block block;
        block.id = "block-" + std::to_string(i);
        block.story = document.stories[static_cast<std::size_t>(i)].id;
        block.area = {{0, 8, 12 + 18 * i, 18}};
        document.page.blocks.push_back(block);
    }
    giveMissingIds(document);
    return document;
}

/// One person at work: their connection and their store.
struct Desk {
    PgConnection connection;
    EditionStore store;
    Desk(PgConnection c, const std::string& name)
        : connection(std::move(c)), store(connection, {name, ""}) {}
};

class NewsroomTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_server.running()) << m_server.error();
        m_url = m_server.createDatabase("newsroom");
        auto admin = PgConnection::open(m_url);
        ASSERT_TRUE(admin) << admin.error().message;
        m_admin = std::make_unique<PgConnection>(std::move(admin).value());
        auto init = initSchema(*m_admin, "admin");
        ASSERT_TRUE(init) << init.error().message;
        auto edition = desk("chief").store.createEdition(
                "徐汇报", {2026, 12, 6}, 8, [](const EditionPage&) {
                    Document page;
                    page.page.grid = pageGrid(PagePreset::Broadsheet);
                    return page;
                });
        ASSERT_TRUE(edition) << edition.error().message;
        m_edition = edition.value();
    }

    /// A new person at work on the edition, with a connection of their own.
    Desk& desk(const std::string& name) {
        auto connection = PgConnection::open(m_url);
        EXPECT_TRUE(connection) << connection.error().message;
        m_desks.push_back(std::make_unique<Desk>(std::move(connection).value(), name));
        return *m_desks.back();
    }

    ThrowAwayServer m_server;
    std::string m_url;
    std::unique_ptr<PgConnection> m_admin;
    std::vector<std::unique_ptr<Desk>> m_desks;
    StoredEdition m_edition;
};

}  // namespace banmian::layout
