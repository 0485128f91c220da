using System;
using System.Linq;
using Aims.Core.Registers;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aims.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CommunicationAndAwareness : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Awareness",
                table: "CompetenceRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "CommunicationPlanItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CommunicatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
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
                    table.PrimaryKey("PK_CommunicationPlanItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommunicationPlanItems_AspNetUsers_CommunicatorId",
                        column: x => x.CommunicatorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommunicationPlanItems_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommunicationRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    CommunicatedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvidenceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
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
                    table.PrimaryKey("PK_CommunicationRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommunicationRecords_AspNetUsers_CommunicatedById",
                        column: x => x.CommunicatedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommunicationRecords_CommunicationPlanItems_PlanItemId",
                        column: x => x.PlanItemId,
                        principalTable: "CommunicationPlanItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommunicationRecords_EvidenceItems_EvidenceId",
                        column: x => x.EvidenceId,
                        principalTable: "EvidenceItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommunicationRecords_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationPlanItems_CommunicatorId",
                table: "CommunicationPlanItems",
                column: "CommunicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationPlanItems_OrganizationId_CommunicatorId_Topic_Id",
                table: "CommunicationPlanItems",
                columns: new[] { "OrganizationId", "CommunicatorId", "Topic", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationPlanItems_OrganizationId_CreatedAt_Id",
                table: "CommunicationPlanItems",
                columns: new[] { "OrganizationId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationPlanItems_OrganizationId_Direction_Topic_Id",
                table: "CommunicationPlanItems",
                columns: new[] { "OrganizationId", "Direction", "Topic", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationPlanItems_OrganizationId_StartsOn_Topic_Id",
                table: "CommunicationPlanItems",
                columns: new[] { "OrganizationId", "StartsOn", "Topic", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationPlanItems_OrganizationId_Topic_Id",
                table: "CommunicationPlanItems",
                columns: new[] { "OrganizationId", "Topic", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationPlanItems_OrganizationId_UpdatedAt_Id",
                table: "CommunicationPlanItems",
                columns: new[] { "OrganizationId", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationRecords_CommunicatedById",
                table: "CommunicationRecords",
                column: "CommunicatedById");

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationRecords_EvidenceId",
                table: "CommunicationRecords",
                column: "EvidenceId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationRecords_OrganizationId_CreatedAt_Id",
                table: "CommunicationRecords",
                columns: new[] { "OrganizationId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationRecords_OrganizationId_Date_Subject_Id",
                table: "CommunicationRecords",
                columns: new[] { "OrganizationId", "Date", "Subject", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationRecords_OrganizationId_PlanItemId_Date",
                table: "CommunicationRecords",
                columns: new[] { "OrganizationId", "PlanItemId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationRecords_OrganizationId_Subject_Id",
                table: "CommunicationRecords",
                columns: new[] { "OrganizationId", "Subject", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationRecords_OrganizationId_UpdatedAt_Id",
                table: "CommunicationRecords",
                columns: new[] { "OrganizationId", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunicationRecords_PlanItemId",
                table: "CommunicationRecords",
                column: "PlanItemId");
            // --- Hand-written: the search indexes of the communication registers (re-add after regenerating this migration) ---
            foreach (var statement in RegisterSearchIndexSql.Sqlite("CommunicationPlanItems", "CommunicationPlanItemSearch", "CommunicationPlanItemId", "Topic", "Audience", "Notes")
                .Concat(RegisterSearchIndexSql.Sqlite("CommunicationRecords", "CommunicationRecordSearch", "CommunicationRecordId", "Subject", "Audience", "Notes")))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // --- Hand-written: the search indexes ---
            foreach (var statement in RegisterSearchIndexSql.DropSqlite("CommunicationPlanItems", "CommunicationPlanItemSearch")
                .Concat(RegisterSearchIndexSql.DropSqlite("CommunicationRecords", "CommunicationRecordSearch")))
            {
                migrationBuilder.Sql(statement);
            }
            migrationBuilder.DropTable(
                name: "CommunicationRecords");

            migrationBuilder.DropTable(
                name: "CommunicationPlanItems");

            migrationBuilder.DropColumn(
                name: "Awareness",
                table: "CompetenceRecords");
        }
    }
}
