using System;
using Aims.Core.Registers;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aims.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EstablishmentRegisters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AiObjectives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    PolicyDocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kpi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TargetValue = table.Column<decimal>(type: "TEXT", precision: 28, scale: 8, nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Resources = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Evaluation = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    MeasurementCount = table.Column<int>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_AiObjectives", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AiObjectives_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AiObjectives_Documents_PolicyDocumentId",
                        column: x => x.PolicyDocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AiObjectives_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ContextIssues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Effect = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_ContextIssues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContextIssues_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ContextIssues_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InterestedParties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Relevance = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
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
                    table.PrimaryKey("PK_InterestedParties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InterestedParties_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InterestedParties_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecordLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceRegister = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetRegister = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TargetRecordId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecordLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecordLinks_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ObjectiveMeasurements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ObjectiveId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", precision: 28, scale: 8, nullable: false),
                    MeasuredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EvidenceItemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectiveMeasurements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObjectiveMeasurements_AiObjectives_ObjectiveId",
                        column: x => x.ObjectiveId,
                        principalTable: "AiObjectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ObjectiveMeasurements_EvidenceItems_EvidenceItemId",
                        column: x => x.EvidenceItemId,
                        principalTable: "EvidenceItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ObjectiveMeasurements_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PartyRequirements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    SourceReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AddressedThroughAims = table.Column<bool>(type: "INTEGER", nullable: false),
                    How = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    LinkCount = table.Column<int>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_PartyRequirements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartyRequirements_InterestedParties_PartyId",
                        column: x => x.PartyId,
                        principalTable: "InterestedParties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartyRequirements_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AiObjectives_OrganizationId_CreatedAt_Id",
                table: "AiObjectives",
                columns: new[] { "OrganizationId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AiObjectives_OrganizationId_DueDate_Title_Id",
                table: "AiObjectives",
                columns: new[] { "OrganizationId", "DueDate", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AiObjectives_OrganizationId_OwnerId_Title_Id",
                table: "AiObjectives",
                columns: new[] { "OrganizationId", "OwnerId", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AiObjectives_OrganizationId_Title_Id",
                table: "AiObjectives",
                columns: new[] { "OrganizationId", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AiObjectives_OrganizationId_UpdatedAt_Id",
                table: "AiObjectives",
                columns: new[] { "OrganizationId", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AiObjectives_OwnerId",
                table: "AiObjectives",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_AiObjectives_PolicyDocumentId",
                table: "AiObjectives",
                column: "PolicyDocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_ContextIssues_OrganizationId_Category_Title_Id",
                table: "ContextIssues",
                columns: new[] { "OrganizationId", "Category", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ContextIssues_OrganizationId_CreatedAt_Id",
                table: "ContextIssues",
                columns: new[] { "OrganizationId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ContextIssues_OrganizationId_Effect_Title_Id",
                table: "ContextIssues",
                columns: new[] { "OrganizationId", "Effect", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ContextIssues_OrganizationId_Origin_Title_Id",
                table: "ContextIssues",
                columns: new[] { "OrganizationId", "Origin", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ContextIssues_OrganizationId_OwnerId_Title_Id",
                table: "ContextIssues",
                columns: new[] { "OrganizationId", "OwnerId", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ContextIssues_OrganizationId_ReviewDate_Title_Id",
                table: "ContextIssues",
                columns: new[] { "OrganizationId", "ReviewDate", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ContextIssues_OrganizationId_Title_Id",
                table: "ContextIssues",
                columns: new[] { "OrganizationId", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ContextIssues_OrganizationId_UpdatedAt_Id",
                table: "ContextIssues",
                columns: new[] { "OrganizationId", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ContextIssues_OwnerId",
                table: "ContextIssues",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_InterestedParties_OrganizationId_CreatedAt_Id",
                table: "InterestedParties",
                columns: new[] { "OrganizationId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_InterestedParties_OrganizationId_Kind_Name_Id",
                table: "InterestedParties",
                columns: new[] { "OrganizationId", "Kind", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_InterestedParties_OrganizationId_Name_Id",
                table: "InterestedParties",
                columns: new[] { "OrganizationId", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_InterestedParties_OrganizationId_OwnerId_Name_Id",
                table: "InterestedParties",
                columns: new[] { "OrganizationId", "OwnerId", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_InterestedParties_OrganizationId_Relevance_Name_Id",
                table: "InterestedParties",
                columns: new[] { "OrganizationId", "Relevance", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_InterestedParties_OrganizationId_UpdatedAt_Id",
                table: "InterestedParties",
                columns: new[] { "OrganizationId", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_InterestedParties_OwnerId",
                table: "InterestedParties",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveMeasurements_EvidenceItemId",
                table: "ObjectiveMeasurements",
                column: "EvidenceItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveMeasurements_ObjectiveId",
                table: "ObjectiveMeasurements",
                column: "ObjectiveId");

            migrationBuilder.CreateIndex(
                name: "IX_ObjectiveMeasurements_OrganizationId_ObjectiveId_MeasuredOn",
                table: "ObjectiveMeasurements",
                columns: new[] { "OrganizationId", "ObjectiveId", "MeasuredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PartyRequirements_OrganizationId_CreatedAt_Id",
                table: "PartyRequirements",
                columns: new[] { "OrganizationId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PartyRequirements_OrganizationId_PartyId_Title_Id",
                table: "PartyRequirements",
                columns: new[] { "OrganizationId", "PartyId", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PartyRequirements_OrganizationId_Source_Title_Id",
                table: "PartyRequirements",
                columns: new[] { "OrganizationId", "Source", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PartyRequirements_OrganizationId_Title_Id",
                table: "PartyRequirements",
                columns: new[] { "OrganizationId", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PartyRequirements_OrganizationId_UpdatedAt_Id",
                table: "PartyRequirements",
                columns: new[] { "OrganizationId", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PartyRequirements_PartyId",
                table: "PartyRequirements",
                column: "PartyId");

            migrationBuilder.CreateIndex(
                name: "IX_RecordLinks_OrganizationId_SourceId_TargetRegister_TargetId",
                table: "RecordLinks",
                columns: new[] { "OrganizationId", "SourceId", "TargetRegister", "TargetId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecordLinks_OrganizationId_TargetRegister_TargetId_SourceId",
                table: "RecordLinks",
                columns: new[] { "OrganizationId", "TargetRegister", "TargetId", "SourceId" });
            // --- Hand-written: the search indexes of the new registers (re-add after regenerating this migration) ---
            foreach (var statement in RegisterSearchIndexSql.Sqlite("ContextIssues", "ContextIssueSearch", "ContextIssueId", "Title", "Description"))
            {
                migrationBuilder.Sql(statement);
            }
            foreach (var statement in RegisterSearchIndexSql.Sqlite("InterestedParties", "InterestedPartySearch", "InterestedPartyId", "Name", "Description"))
            {
                migrationBuilder.Sql(statement);
            }
            foreach (var statement in RegisterSearchIndexSql.Sqlite("PartyRequirements", "PartyRequirementSearch", "PartyRequirementId", "Title", "Description", "SourceReference", "How"))
            {
                migrationBuilder.Sql(statement);
            }
            foreach (var statement in RegisterSearchIndexSql.Sqlite("AiObjectives", "AiObjectiveSearch", "AiObjectiveId", "Title", "Description", "Kpi"))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // --- Hand-written: the search indexes ---
            foreach (var statement in RegisterSearchIndexSql.DropSqlite("ContextIssues", "ContextIssueSearch"))
            {
                migrationBuilder.Sql(statement);
            }
            foreach (var statement in RegisterSearchIndexSql.DropSqlite("InterestedParties", "InterestedPartySearch"))
            {
                migrationBuilder.Sql(statement);
            }
            foreach (var statement in RegisterSearchIndexSql.DropSqlite("PartyRequirements", "PartyRequirementSearch"))
            {
                migrationBuilder.Sql(statement);
            }
            foreach (var statement in RegisterSearchIndexSql.DropSqlite("AiObjectives", "AiObjectiveSearch"))
            {
                migrationBuilder.Sql(statement);
            }
            migrationBuilder.DropTable(
                name: "ContextIssues");

            migrationBuilder.DropTable(
                name: "ObjectiveMeasurements");

            migrationBuilder.DropTable(
                name: "PartyRequirements");

            migrationBuilder.DropTable(
                name: "RecordLinks");

            migrationBuilder.DropTable(
                name: "AiObjectives");

            migrationBuilder.DropTable(
                name: "InterestedParties");
        }
    }
}
