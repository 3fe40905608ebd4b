using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResourceHub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReviewChecklists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChecklistMet",
                table: "ReviewDecisions",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "ChecklistOpen",
                table: "ReviewDecisions",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "ReviewChecklistItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResourceType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewChecklistItems", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewChecklistItems_ResourceType_Order",
                table: "ReviewChecklistItems",
                columns: new[] { "ResourceType", "Order" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReviewChecklistItems");

            migrationBuilder.DropColumn(
                name: "ChecklistMet",
                table: "ReviewDecisions");

            migrationBuilder.DropColumn(
                name: "ChecklistOpen",
                table: "ReviewDecisions");
        }
    }
}
