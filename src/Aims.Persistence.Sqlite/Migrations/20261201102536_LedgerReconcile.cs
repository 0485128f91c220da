using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aims.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LedgerReconcile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PersonDataKeys",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ErasedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonDataKeys", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "PersonErasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ErasedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ErasedBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonErasures", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PersonErasures_UserId",
                table: "PersonErasures",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PersonDataKeys");

            migrationBuilder.DropTable(
                name: "PersonErasures");
        }
    }
}
