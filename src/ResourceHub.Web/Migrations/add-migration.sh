#!/usr/bin/env bash
# Adds a migration for both database providers: Migrations/add-migration.sh AddPackages
set -euo pipefail
name=${1:?usage: add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --context SqliteResourceHubDbContext --output-dir Migrations/Sqlite
dotnet ef migrations add "$name" --context PostgreSqlResourceHubDbContext --output-dir Migrations/PostgreSql
rm -f design.db
