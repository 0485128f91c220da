using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aims.Persistence.Postgres.Migrations
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
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FileName",
                table: "DocumentVersions",
                type: "character varying(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FileSize",
                table: "DocumentVersions",
                type: "bigint",
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
