using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aims.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DocumentVersionSnapshots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SnapshotKind",
                table: "DocumentVersions",
                type: "TEXT",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SnapshotKind",
                table: "DocumentVersions");
        }
    }
}
