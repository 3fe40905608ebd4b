using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ResourceHub.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ModuleBoundaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Reviews_ResourcePackages_PackageId",
                table: "Reviews");

            migrationBuilder.DropForeignKey(
                name: "FK_Selections_ResourcePackages_PackageId",
                table: "Selections");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddForeignKey(
                name: "FK_Reviews_ResourcePackages_PackageId",
                table: "Reviews",
                column: "PackageId",
                principalTable: "ResourcePackages",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Selections_ResourcePackages_PackageId",
                table: "Selections",
                column: "PackageId",
                principalTable: "ResourcePackages",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
