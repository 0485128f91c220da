using System;
using Aims.Core.Registers;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aims.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ThirdParties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ThirdParties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Supplies = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Responsibilities = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Contract = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    DueDiligence = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    LastReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArchivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ArchiveReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThirdParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ThirdParties_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ThirdParties_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ThirdParties_OrganizationId_CreatedAt_Id",
                table: "ThirdParties",
                columns: new[] { "OrganizationId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ThirdParties_OrganizationId_Kind_Name_Id",
                table: "ThirdParties",
                columns: new[] { "OrganizationId", "Kind", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ThirdParties_OrganizationId_Name_Id",
                table: "ThirdParties",
                columns: new[] { "OrganizationId", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ThirdParties_OrganizationId_OwnerId_Name_Id",
                table: "ThirdParties",
                columns: new[] { "OrganizationId", "OwnerId", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ThirdParties_OrganizationId_ReviewDate_Name_Id",
                table: "ThirdParties",
                columns: new[] { "OrganizationId", "ReviewDate", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ThirdParties_OrganizationId_UpdatedAt_Id",
                table: "ThirdParties",
                columns: new[] { "OrganizationId", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ThirdParties_OwnerId",
                table: "ThirdParties",
                column: "OwnerId");
            // --- Hand-written: the search index of the third-party register (re-add after regenerating this migration) ---
            foreach (var statement in RegisterSearchIndexSql.Sqlite("ThirdParties", "ThirdPartySearch", "ThirdPartyId", "Name", "Supplies", "Contract"))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // --- Hand-written: the search index ---
            foreach (var statement in RegisterSearchIndexSql.DropSqlite("ThirdParties", "ThirdPartySearch"))
            {
                migrationBuilder.Sql(statement);
            }
            migrationBuilder.DropTable(
                name: "ThirdParties");
        }
    }
}
