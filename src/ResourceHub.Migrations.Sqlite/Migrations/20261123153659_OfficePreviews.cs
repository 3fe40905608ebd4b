using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResourceHub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OfficePreviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PreviewBlob",
                table: "FileProcessing",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PreviewBlob",
                table: "FileProcessing");
        }
    }
}
