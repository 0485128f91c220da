using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aims.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DocumentVersionFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FileKind",
                table: "DocumentVersions",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FileName",
                table: "DocumentVersions",
                type: "TEXT",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FileSize",
                table: "DocumentVersions",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FileKind",
                table: "DocumentVersions");

            migrationBuilder.DropColumn(
                name: "FileName",
                table: "DocumentVersions");

            migrationBuilder.DropColumn(
                name: "FileSize",
                table: "DocumentVersions");
        }
    }
}
