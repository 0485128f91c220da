using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aims.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class LifecycleGates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LifecycleArtefacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AiSystemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    EvidenceId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LifecycleArtefacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LifecycleArtefacts_AiSystems_AiSystemId",
                        column: x => x.AiSystemId,
                        principalTable: "AiSystems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LifecycleArtefacts_Documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "Documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LifecycleArtefacts_EvidenceItems_EvidenceId",
                        column: x => x.EvidenceId,
                        principalTable: "EvidenceItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LifecycleArtefacts_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LifecycleGateEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AiSystemId = table.Column<Guid>(type: "uuid", nullable: false),
                    FromStage = table.Column<int>(type: "integer", nullable: true),
                    ToStage = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ApproverUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApproverName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ApproverRole = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Note = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: true),
                    Present = table.Column<string>(type: "character varying(64000)", maxLength: 64000, nullable: false),
                    Missing = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LifecycleGateEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LifecycleGateEvents_AiSystems_AiSystemId",
                        column: x => x.AiSystemId,
                        principalTable: "AiSystems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LifecycleGateEvents_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LifecycleGateRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    RequiredArtefacts = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ApproverRoleId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LifecycleGateRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LifecycleGateRules_AimsRoles_ApproverRoleId",
                        column: x => x.ApproverRoleId,
                        principalTable: "AimsRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LifecycleGateRules_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LifecycleArtefacts_AiSystemId",
                table: "LifecycleArtefacts",
                column: "AiSystemId");

            migrationBuilder.CreateIndex(
                name: "IX_LifecycleArtefacts_DocumentId",
                table: "LifecycleArtefacts",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_LifecycleArtefacts_EvidenceId",
                table: "LifecycleArtefacts",
                column: "EvidenceId");

            migrationBuilder.CreateIndex(
                name: "IX_LifecycleArtefacts_OrganizationId_AiSystemId_Kind",
                table: "LifecycleArtefacts",
                columns: new[] { "OrganizationId", "AiSystemId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_LifecycleGateEvents_AiSystemId",
                table: "LifecycleGateEvents",
                column: "AiSystemId");

            migrationBuilder.CreateIndex(
                name: "IX_LifecycleGateEvents_OrganizationId_AiSystemId_CreatedAt",
                table: "LifecycleGateEvents",
                columns: new[] { "OrganizationId", "AiSystemId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LifecycleGateRules_ApproverRoleId",
                table: "LifecycleGateRules",
                column: "ApproverRoleId");

            migrationBuilder.CreateIndex(
                name: "IX_LifecycleGateRules_OrganizationId_Stage",
                table: "LifecycleGateRules",
                columns: new[] { "OrganizationId", "Stage" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LifecycleArtefacts");

            migrationBuilder.DropTable(
                name: "LifecycleGateEvents");

            migrationBuilder.DropTable(
                name: "LifecycleGateRules");
        }
    }
}
