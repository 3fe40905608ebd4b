using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResourceHub.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ReviewChecklists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "ChecklistMet",
                table: "ReviewDecisions",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<List<string>>(
                name: "ChecklistOpen",
                table: "ReviewDecisions",
                type: "text[]",
                nullable: false);

            migrationBuilder.CreateTable(
                name: "ReviewChecklistItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ResourceType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
