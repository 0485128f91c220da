using System;
using Aims.Core.Registers;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aims.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RiskAssessmentCampaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RiskAssessmentCampaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ArchivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ArchiveReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskAssessmentCampaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskAssessmentCampaigns_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessmentCampaigns_OrganizationId_CreatedAt_Id",
                table: "RiskAssessmentCampaigns",
                columns: new[] { "OrganizationId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessmentCampaigns_OrganizationId_Name_Id",
                table: "RiskAssessmentCampaigns",
                columns: new[] { "OrganizationId", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessmentCampaigns_OrganizationId_StartsOn_Name_Id",
                table: "RiskAssessmentCampaigns",
                columns: new[] { "OrganizationId", "StartsOn", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessmentCampaigns_OrganizationId_UpdatedAt_Id",
                table: "RiskAssessmentCampaigns",
                columns: new[] { "OrganizationId", "UpdatedAt", "Id" });
            // --- Hand-written: the search index of the campaign register (re-add after regenerating this migration) ---
            foreach (var statement in RegisterSearchIndexSql.Postgres("RiskAssessmentCampaigns", "Name", "Description"))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // --- Hand-written: the search index ---
            foreach (var statement in RegisterSearchIndexSql.DropPostgres("RiskAssessmentCampaigns", "Name", "Description"))
            {
                migrationBuilder.Sql(statement);
            }
            migrationBuilder.DropTable(
                name: "RiskAssessmentCampaigns");
        }
    }
}
