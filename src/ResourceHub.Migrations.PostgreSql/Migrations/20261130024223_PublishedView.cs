using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResourceHub.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PublishedView : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CourseId",
                table: "PackageVersions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LearningTaskId",
                table: "PackageVersions",
                type: "uuid",
                nullable: true);

            // Snapshots taken before this column existed name the course and task the package names now.
            migrationBuilder.Sql(
                "UPDATE \"PackageVersions\" SET \"CourseId\" = (SELECT p.\"CourseId\" FROM \"ResourcePackages\" p WHERE p.\"Id\" = \"PackageVersions\".\"PackageId\"), "
                + "\"LearningTaskId\" = (SELECT p.\"LearningTaskId\" FROM \"ResourcePackages\" p WHERE p.\"Id\" = \"PackageVersions\".\"PackageId\")");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CourseId",
                table: "PackageVersions");

            migrationBuilder.DropColumn(
                name: "LearningTaskId",
                table: "PackageVersions");
        }
    }
}
