using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResourceHub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RegionOversight : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "EndDate",
                table: "ReformTrainingRecords",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "ReformTrainingRecords",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SourceKey",
                table: "ReformTrainingRecords",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CourseId",
                table: "ReformNominations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PackageIds",
                table: "ReformNominations",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Assessment",
                table: "ReformBatches",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ClosedAt",
                table: "ReformBatches",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ClosedById",
                table: "ReformBatches",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReformAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BlobName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReformAttachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReformEvaluationRules",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MinimumScores = table.Column<int>(type: "INTEGER", nullable: false),
                    TrimFrom = table.Column<int>(type: "INTEGER", nullable: true),
                    PublishThreshold = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReformEvaluationRules", x => x.Kind);
                });

            migrationBuilder.CreateTable(
                name: "ReformPanelMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NominationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExpertId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReformPanelMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReformPanelMembers_ReformNominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "ReformNominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReformTeachers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SpecialtyCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Enterprise = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReformTeachers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReformTrainingRecordChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchoolId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReformTrainingRecordChanges", x => x.Id);
                });

            // Existing records: a one-day training entered by hand. Phases as the seeds state them:
            // specialties and schools reached by each phase's end (30/300, 60/600, 100/1000).
            migrationBuilder.Sql("UPDATE \"ReformTrainingRecords\" SET \"EndDate\" = \"Date\", \"Source\" = 'manual';");
            migrationBuilder.Sql("UPDATE \"ReformPhases\" SET \"Specialties\" = 60, \"Schools\" = 600 WHERE \"Region\" = '全国' AND \"Number\" = 2 AND \"Specialties\" = 30 AND \"Schools\" = 300;");
            migrationBuilder.Sql("UPDATE \"ReformPhases\" SET \"Specialties\" = 100, \"Schools\" = 1000 WHERE \"Region\" = '全国' AND \"Number\" = 3 AND \"Specialties\" = 40 AND \"Schools\" = 400;");

            migrationBuilder.CreateIndex(
                name: "IX_ReformTrainingRecords_SchoolId_TeacherName_CourseName_Date_EndDate",
                table: "ReformTrainingRecords",
                columns: new[] { "SchoolId", "TeacherName", "CourseName", "Date", "EndDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReformTrainingRecords_Source_SourceKey",
                table: "ReformTrainingRecords",
                columns: new[] { "Source", "SourceKey" },
                unique: true,
                filter: "\"SourceKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ReformAttachments_Owner_OwnerId",
                table: "ReformAttachments",
                columns: new[] { "Owner", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReformPanelMembers_NominationId_ExpertId",
                table: "ReformPanelMembers",
                columns: new[] { "NominationId", "ExpertId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReformTeachers_SchoolId",
                table: "ReformTeachers",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_ReformTrainingRecordChanges_RecordId",
                table: "ReformTrainingRecordChanges",
                column: "RecordId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReformAttachments");

            migrationBuilder.DropTable(
                name: "ReformEvaluationRules");

            migrationBuilder.DropTable(
                name: "ReformPanelMembers");

            migrationBuilder.DropTable(
                name: "ReformTeachers");

            migrationBuilder.DropTable(
                name: "ReformTrainingRecordChanges");

            migrationBuilder.DropIndex(
                name: "IX_ReformTrainingRecords_SchoolId_TeacherName_CourseName_Date_EndDate",
                table: "ReformTrainingRecords");

            migrationBuilder.DropIndex(
                name: "IX_ReformTrainingRecords_Source_SourceKey",
                table: "ReformTrainingRecords");

            migrationBuilder.DropColumn(
                name: "EndDate",
                table: "ReformTrainingRecords");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "ReformTrainingRecords");

            migrationBuilder.DropColumn(
                name: "SourceKey",
                table: "ReformTrainingRecords");

            migrationBuilder.DropColumn(
                name: "CourseId",
                table: "ReformNominations");

            migrationBuilder.DropColumn(
                name: "PackageIds",
                table: "ReformNominations");

            migrationBuilder.DropColumn(
                name: "Assessment",
                table: "ReformBatches");

            migrationBuilder.DropColumn(
                name: "ClosedAt",
                table: "ReformBatches");

            migrationBuilder.DropColumn(
                name: "ClosedById",
                table: "ReformBatches");
        }
    }
}
