using System;
using Aims.Core.Registers;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aims.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EvidenceLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EvidenceItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    ReferenceType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ReferenceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    FileSize = table.Column<long>(type: "INTEGER", nullable: true),
                    FileKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    FileCount = table.Column<int>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_EvidenceItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceItems_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvidenceItems_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvidenceItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    UploadedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ComputedSummary = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceFiles_AspNetUsers_UploadedById",
                        column: x => x.UploadedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvidenceFiles_EvidenceItems_EvidenceItemId",
                        column: x => x.EvidenceItemId,
                        principalTable: "EvidenceItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvidenceFiles_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvidenceItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TargetId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceLinks_EvidenceItems_EvidenceItemId",
                        column: x => x.EvidenceItemId,
                        principalTable: "EvidenceItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvidenceLinks_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_EvidenceItemId_Number",
                table: "EvidenceFiles",
                columns: new[] { "EvidenceItemId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_OrganizationId_Sha256",
                table: "EvidenceFiles",
                columns: new[] { "OrganizationId", "Sha256" });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_UploadedById",
                table: "EvidenceFiles",
                column: "UploadedById");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceItems_OrganizationId_CreatedAt_Id",
                table: "EvidenceItems",
                columns: new[] { "OrganizationId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceItems_OrganizationId_EffectiveDate_Title_Id",
                table: "EvidenceItems",
                columns: new[] { "OrganizationId", "EffectiveDate", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceItems_OrganizationId_Kind_Title_Id",
                table: "EvidenceItems",
                columns: new[] { "OrganizationId", "Kind", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceItems_OrganizationId_OwnerId_Title_Id",
                table: "EvidenceItems",
                columns: new[] { "OrganizationId", "OwnerId", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceItems_OrganizationId_Title_Id",
                table: "EvidenceItems",
                columns: new[] { "OrganizationId", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceItems_OrganizationId_UpdatedAt_Id",
                table: "EvidenceItems",
                columns: new[] { "OrganizationId", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceItems_OrganizationId_ValidUntil_Title_Id",
                table: "EvidenceItems",
                columns: new[] { "OrganizationId", "ValidUntil", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceItems_OwnerId",
                table: "EvidenceItems",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceLinks_EvidenceItemId_TargetType_TargetId",
                table: "EvidenceLinks",
                columns: new[] { "EvidenceItemId", "TargetType", "TargetId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceLinks_OrganizationId_TargetType_RecordId",
                table: "EvidenceLinks",
                columns: new[] { "OrganizationId", "TargetType", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceLinks_OrganizationId_TargetType_TargetId_EvidenceItemId",
                table: "EvidenceLinks",
                columns: new[] { "OrganizationId", "TargetType", "TargetId", "EvidenceItemId" });

            // --- Hand-written: the evidence search index (re-add after regenerating this migration) ---
            foreach (var statement in RegisterSearchIndexSql.Sqlite("EvidenceItems", "EvidenceSearch", "EvidenceItemId", "Title", "Description"))
            {
                migrationBuilder.Sql(statement);
            }
            // --- end of hand-written block ---
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // --- Hand-written: the evidence search index ---
            foreach (var statement in RegisterSearchIndexSql.DropSqlite("EvidenceItems", "EvidenceSearch"))
            {
                migrationBuilder.Sql(statement);
            }
            // --- end of hand-written block ---

            migrationBuilder.DropTable(
                name: "EvidenceFiles");

            migrationBuilder.DropTable(
                name: "EvidenceLinks");

            migrationBuilder.DropTable(
                name: "EvidenceItems");
        }
    }
}
