#!/usr/bin/env bash
# Adds a migration for both database providers: src/add-migration.sh AddPackages
# Each provider's context and migrations live in their own project (src/ResourceHub.Migrations.*);
# the host is the startup project, so that every module's entity configurations are found.
set -euo pipefail
name=${1:?usage: add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite PostgreSql; do
  dotnet ef migrations add "$name" --startup-project src/ResourceHub.Web \
    --project "src/ResourceHub.Migrations.$provider" --context "${provider}ResourceHubDbContext" --output-dir Migrations
done
rm -f src/ResourceHub.Web/design.db design.db
