using System;
using Aims.Core.Registers;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aims.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AiRoles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AiRoleAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    OperatorRole = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    AiSystemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
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
                    table.PrimaryKey("PK_AiRoleAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AiRoleAssignments_AiSystems_AiSystemId",
                        column: x => x.AiSystemId,
                        principalTable: "AiSystems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AiRoleAssignments_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AiRoleAssignments_AiSystemId",
                table: "AiRoleAssignments",
                column: "AiSystemId");

            migrationBuilder.CreateIndex(
                name: "IX_AiRoleAssignments_OrganizationId_AiSystemId_Role",
                table: "AiRoleAssignments",
                columns: new[] { "OrganizationId", "AiSystemId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_AiRoleAssignments_OrganizationId_CreatedAt_Id",
                table: "AiRoleAssignments",
                columns: new[] { "OrganizationId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AiRoleAssignments_OrganizationId_Role_Id",
                table: "AiRoleAssignments",
                columns: new[] { "OrganizationId", "Role", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AiRoleAssignments_OrganizationId_UpdatedAt_Id",
                table: "AiRoleAssignments",
                columns: new[] { "OrganizationId", "UpdatedAt", "Id" });
            // --- Hand-written: the search index of the AI roles (re-add after regenerating this migration) ---
            foreach (var statement in RegisterSearchIndexSql.Sqlite("AiRoleAssignments", "AiRoleAssignmentSearch", "AiRoleAssignmentId", "Rationale"))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // --- Hand-written: the search index ---
            foreach (var statement in RegisterSearchIndexSql.DropSqlite("AiRoleAssignments", "AiRoleAssignmentSearch"))
            {
                migrationBuilder.Sql(statement);
            }
            migrationBuilder.DropTable(
                name: "AiRoleAssignments");
        }
    }
}
