using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResourceHub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ScaleOut : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Unfinished uploads kept their bytes on one node's disk, which is no longer read: their clients start again (404).
            migrationBuilder.Sql("DELETE FROM \"UploadSessions\" WHERE \"FileId\" IS NULL");

            migrationBuilder.AddColumn<string>(
                name: "Blocks",
                table: "UploadSessions",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "WriterId",
                table: "UploadSessions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WriterUntil",
                table: "UploadSessions",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Blocks",
                table: "UploadSessions");

            migrationBuilder.DropColumn(
                name: "WriterId",
                table: "UploadSessions");

            migrationBuilder.DropColumn(
                name: "WriterUntil",
                table: "UploadSessions");
        }
    }
}
