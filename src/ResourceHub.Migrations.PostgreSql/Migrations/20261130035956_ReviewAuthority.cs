using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResourceHub.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ReviewAuthority : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CatalogueEntryId",
                table: "Selections",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LearningTask",
                table: "Selections",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Students",
                table: "Selections",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DueDays",
                table: "Reviews",
                type: "integer",
                nullable: false,
                defaultValue: 14);

            migrationBuilder.AddColumn<Guid>(
                name: "ExcludedSchoolId",
                table: "Reviews",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SpecialtyCode",
                table: "Reviews",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DueDays",
                table: "ReviewPolicies",
                type: "integer",
                nullable: false,
                defaultValue: 14);

            migrationBuilder.AddColumn<bool>(
                name: "SelectionNeedsExpert",
                table: "ReviewPolicies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DisabledAt",
                table: "AspNetUsers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Experts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    SpecialtyCodes = table.Column<List<string>>(type: "text[]", nullable: false),
                    Region = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AppointedFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    AppointedTo = table.Column<DateOnly>(type: "date", nullable: true),
                    AppointedById = table.Column<Guid>(type: "uuid", nullable: false),
                    AppointedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SuspendedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SuspendReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Experts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TextbookCatalogue",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TitleKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Specialty = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Editor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Publisher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Batch = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TextbookCatalogue", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReviewAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExpertId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewAssignments_Experts_ExpertId",
                        column: x => x.ExpertId,
                        principalTable: "Experts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReviewAssignments_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Experts_UserId",
                table: "Experts",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewAssignments_ExpertId",
                table: "ReviewAssignments",
                column: "ExpertId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewAssignments_ReviewId",
                table: "ReviewAssignments",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewAssignments_Status_DueAt",
                table: "ReviewAssignments",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewAssignments_UserId_Status",
                table: "ReviewAssignments",
                columns: new[] { "UserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TextbookCatalogue_Code",
                table: "TextbookCatalogue",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TextbookCatalogue_TitleKey",
                table: "TextbookCatalogue",
                column: "TitleKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReviewAssignments");

            migrationBuilder.DropTable(
                name: "TextbookCatalogue");

            migrationBuilder.DropTable(
                name: "Experts");

            migrationBuilder.DropColumn(
                name: "CatalogueEntryId",
                table: "Selections");

            migrationBuilder.DropColumn(
                name: "LearningTask",
                table: "Selections");

            migrationBuilder.DropColumn(
                name: "Students",
                table: "Selections");

            migrationBuilder.DropColumn(
                name: "DueDays",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "ExcludedSchoolId",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "SpecialtyCode",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "DueDays",
                table: "ReviewPolicies");

            migrationBuilder.DropColumn(
                name: "SelectionNeedsExpert",
                table: "ReviewPolicies");

            migrationBuilder.DropColumn(
                name: "DisabledAt",
                table: "AspNetUsers");
        }
    }
}
