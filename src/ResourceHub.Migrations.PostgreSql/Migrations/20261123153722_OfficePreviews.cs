using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResourceHub.Migrations.PostgreSql.Migrations
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
                type: "character varying(200)",
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
