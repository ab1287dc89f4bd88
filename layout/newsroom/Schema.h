#pragma once

#include <optional>
#include <string>

#include "layout/base/Result.h"
#include "layout/newsroom/PgConnection.h"

namespace banmian::layout {

/// The newsroom schema's version this build writes and reads. Each version is one migration
/// (Schema.cpp), applied in order in its own transaction and recorded with who and when.
inline constexpr int kSchemaVersion = 1;

/// The schema's version in the database: 0 when Banmian's schema is not there.
Result<int> schemaVersion(PgConnection& connection);

/// What init and migrate did: the version before and after.
struct SchemaChange {
    int from = 0, to = 0;
};

/// Creates Banmian's schema (`banmian`) in an empty database (`banmian newsroom init`); an error
/// when it is there already (say migrate), or newer than this build.
Result<SchemaChange> initSchema(PgConnection& connection, const std::string& who);

/// Brings the schema up to kSchemaVersion, one migration at a time, each whole or not at all
/// (`banmian newsroom migrate`); an error when there is none (say init) or it is newer than this
/// build (say which build to use). Two migrating at once: the second waits, then finds nothing
/// to do.
Result<SchemaChange> migrateSchema(PgConnection& connection, const std::string& who);

/// The error every command gives when the schema is not the one this build reads; none when it
/// is.
std::optional<Diagnostic> checkSchema(PgConnection& connection);

}  // namespace banmian::layout
