#include "layout/newsroom/Schema.h"

#include <gtest/gtest.h>

#include "ThrowAwayServer.h"

namespace banmian::layout {
namespace {

TEST(Schema, InitCreatesTheSchemaOnceAndMigrateKeepsItUpToDate) {
    ThrowAwayServer server;
    ASSERT_TRUE(server.running()) << server.error();
    auto connection = PgConnection::open(server.createDatabase("schema"));
    ASSERT_TRUE(connection) << connection.error().message;
    PgConnection db = std::move(connection).value();

    auto missing = migrateSchema(db, "it");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind, "schema-missing");
    EXPECT_NE(missing.error().message.find("banmian newsroom init"), std::string::npos);
    ASSERT_TRUE(checkSchema(db));

    auto made = initSchema(db, "it");
    ASSERT_TRUE(made) << made.error().message;
    EXPECT_EQ(made.value().from, 0);
    EXPECT_EQ(made.value().to, kSchemaVersion);
    EXPECT_FALSE(checkSchema(db));
    EXPECT_EQ(schemaVersion(db).value(), kSchemaVersion);

    auto again = initSchema(db, "it");
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, "schema-exists");
    EXPECT_NE(again.error().message.find("migrate"), std::string::npos);

    auto current = migrateSchema(db, "it");
    ASSERT_TRUE(current) << current.error().message;
    EXPECT_EQ(current.value().from, current.value().to);

    // Who made it is on record.
    auto who = db.exec("SELECT applied_by FROM banmian.schema_version");
    ASSERT_TRUE(who);
    EXPECT_EQ(who.value().text(0, 0), "it");
}

TEST(Schema, ANewerSchemaIsNotTouched) {
    ThrowAwayServer server;
    ASSERT_TRUE(server.running()) << server.error();
    auto connection = PgConnection::open(server.createDatabase("newer"));
    ASSERT_TRUE(connection) << connection.error().message;
    PgConnection db = std::move(connection).value();
    ASSERT_TRUE(initSchema(db, "it"));
    ASSERT_FALSE(db.run(
            "INSERT INTO banmian.schema_version (version, applied_by) VALUES (99, 'later')"));

    const auto refused = checkSchema(db);
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->kind, "schema-newer");
    auto migrate = migrateSchema(db, "it");
    ASSERT_FALSE(migrate);
    EXPECT_EQ(migrate.error().kind, "schema-newer");
    EXPECT_EQ(schemaVersion(db).value(), 99);
}

TEST(Schema, AServerThatIsNotThereIsSaidWithItsRemedy) {
    auto connection = PgConnection::open(
            "host=/nonexistent-folder dbname=news user=postgres password=secret");
    ASSERT_FALSE(connection);
    EXPECT_EQ(connection.error().kind, "database-unreachable");
    EXPECT_NE(connection.error().message.find("/nonexistent-folder"), std::string::npos);
    EXPECT_NE(connection.error().message.find("PGPASSWORD"), std::string::npos);
    EXPECT_EQ(connection.error().message.find("secret"), std::string::npos);
}

}  // namespace
}  // namespace banmian::layout
