using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aims.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EuAiActClassification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EuAiActClassifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AiSystemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    GpaiModel = table.Column<bool>(type: "INTEGER", nullable: false),
                    Answers = table.Column<string>(type: "TEXT", maxLength: 32000, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 64000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EuAiActClassifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EuAiActClassifications_AiSystems_AiSystemId",
                        column: x => x.AiSystemId,
                        principalTable: "AiSystems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EuAiActClassifications_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EuAiActClassifications_AiSystemId",
                table: "EuAiActClassifications",
                column: "AiSystemId");

            migrationBuilder.CreateIndex(
                name: "IX_EuAiActClassifications_OrganizationId_AiSystemId",
                table: "EuAiActClassifications",
                columns: new[] { "OrganizationId", "AiSystemId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EuAiActClassifications");
        }
    }
}
