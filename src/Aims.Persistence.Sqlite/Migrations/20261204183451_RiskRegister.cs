using System;
using Aims.Core.Registers;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aims.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RiskRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OrganizationControls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ControlId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Implementation = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationControls", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganizationControls_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OrganizationControls_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RiskCriteriaVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 64000, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskCriteriaVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskCriteriaVersions_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Risks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    AiSystemId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Objectives = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ConsequencesOrganization = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ConsequencesIndividuals = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ConsequencesSociety = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InherentLikelihood = table.Column<int>(type: "INTEGER", nullable: true),
                    InherentImpact = table.Column<int>(type: "INTEGER", nullable: true),
                    InherentLevel = table.Column<int>(type: "INTEGER", nullable: true),
                    InherentBand = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    InherentCriteria = table.Column<int>(type: "INTEGER", nullable: true),
                    ResidualLikelihood = table.Column<int>(type: "INTEGER", nullable: true),
                    ResidualImpact = table.Column<int>(type: "INTEGER", nullable: true),
                    ResidualLevel = table.Column<int>(type: "INTEGER", nullable: true),
                    ResidualBand = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ResidualCriteria = table.Column<int>(type: "INTEGER", nullable: true),
                    AssessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Treatment = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    TreatmentNote = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
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
                    table.PrimaryKey("PK_Risks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Risks_AiSystems_AiSystemId",
                        column: x => x.AiSystemId,
                        principalTable: "AiSystems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Risks_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Risks_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RiskAcceptances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RiskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    Justification = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Band = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CriteriaNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    RatingStamp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Frozen = table.Column<string>(type: "TEXT", maxLength: 64000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskAcceptances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskAcceptances_AspNetUsers_DecidedById",
                        column: x => x.DecidedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RiskAcceptances_AspNetUsers_RequestedById",
                        column: x => x.RequestedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RiskAcceptances_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RiskAcceptances_Risks_RiskId",
                        column: x => x.RiskId,
                        principalTable: "Risks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RiskAssessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RiskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Likelihood = table.Column<int>(type: "INTEGER", nullable: false),
                    Impact = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Band = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CriteriaNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskAssessments_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RiskAssessments_Risks_RiskId",
                        column: x => x.RiskId,
                        principalTable: "Risks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationControls_OrganizationId_ControlId",
                table: "OrganizationControls",
                columns: new[] { "OrganizationId", "ControlId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationControls_OwnerId",
                table: "OrganizationControls",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_RiskAcceptances_DecidedById",
                table: "RiskAcceptances",
                column: "DecidedById");

            migrationBuilder.CreateIndex(
                name: "IX_RiskAcceptances_OrganizationId_RiskId_CreatedAt",
                table: "RiskAcceptances",
                columns: new[] { "OrganizationId", "RiskId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskAcceptances_RequestedById",
                table: "RiskAcceptances",
                column: "RequestedById");

            migrationBuilder.CreateIndex(
                name: "IX_RiskAcceptances_RiskId",
                table: "RiskAcceptances",
                column: "RiskId");

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessments_OrganizationId_RiskId_CreatedAt",
                table: "RiskAssessments",
                columns: new[] { "OrganizationId", "RiskId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskAssessments_RiskId",
                table: "RiskAssessments",
                column: "RiskId");

            migrationBuilder.CreateIndex(
                name: "IX_RiskCriteriaVersions_OrganizationId_Number",
                table: "RiskCriteriaVersions",
                columns: new[] { "OrganizationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Risks_AiSystemId",
                table: "Risks",
                column: "AiSystemId");

            migrationBuilder.CreateIndex(
                name: "IX_Risks_OrganizationId_AiSystemId_Title_Id",
                table: "Risks",
                columns: new[] { "OrganizationId", "AiSystemId", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Risks_OrganizationId_CreatedAt_Id",
                table: "Risks",
                columns: new[] { "OrganizationId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Risks_OrganizationId_InherentBand_Title_Id",
                table: "Risks",
                columns: new[] { "OrganizationId", "InherentBand", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Risks_OrganizationId_OwnerId_Title_Id",
                table: "Risks",
                columns: new[] { "OrganizationId", "OwnerId", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Risks_OrganizationId_ReviewDueOn_Title_Id",
                table: "Risks",
                columns: new[] { "OrganizationId", "ReviewDueOn", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Risks_OrganizationId_Title_Id",
                table: "Risks",
                columns: new[] { "OrganizationId", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Risks_OrganizationId_UpdatedAt_Id",
                table: "Risks",
                columns: new[] { "OrganizationId", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Risks_OwnerId",
                table: "Risks",
                column: "OwnerId");
            // --- Hand-written: the search index of the risk register (re-add after regenerating this migration) ---
            foreach (var statement in RegisterSearchIndexSql.Sqlite("Risks", "RiskSearch", "RiskId", "Title", "Description"))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // --- Hand-written: the search index ---
            foreach (var statement in RegisterSearchIndexSql.DropSqlite("Risks", "RiskSearch"))
            {
                migrationBuilder.Sql(statement);
            }
            migrationBuilder.DropTable(
                name: "OrganizationControls");

            migrationBuilder.DropTable(
                name: "RiskAcceptances");

            migrationBuilder.DropTable(
                name: "RiskAssessments");

            migrationBuilder.DropTable(
                name: "RiskCriteriaVersions");

            migrationBuilder.DropTable(
                name: "Risks");
        }
    }
}
