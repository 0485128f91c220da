using System;
using Aims.Core.Registers;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aims.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DataRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Datasets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Provenance = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Acquisition = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Terms = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    PersonalData = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    LegalBasis = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    QualityRequirements = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    QualityResults = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Preparation = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Retention = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
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
                    table.PrimaryKey("PK_Datasets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Datasets_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Datasets_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_OrganizationId_CreatedAt_Id",
                table: "Datasets",
                columns: new[] { "OrganizationId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_OrganizationId_Name_Id",
                table: "Datasets",
                columns: new[] { "OrganizationId", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_OrganizationId_OwnerId_Name_Id",
                table: "Datasets",
                columns: new[] { "OrganizationId", "OwnerId", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_OrganizationId_Purpose_Name_Id",
                table: "Datasets",
                columns: new[] { "OrganizationId", "Purpose", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_OrganizationId_UpdatedAt_Id",
                table: "Datasets",
                columns: new[] { "OrganizationId", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_OwnerId",
                table: "Datasets",
                column: "OwnerId");
            // --- Hand-written: the search index of the data register (re-add after regenerating this migration) ---
            foreach (var statement in RegisterSearchIndexSql.Postgres("Datasets", "Name", "Description", "Provenance"))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // --- Hand-written: the search index ---
            foreach (var statement in RegisterSearchIndexSql.DropPostgres("Datasets", "Name", "Description", "Provenance"))
            {
                migrationBuilder.Sql(statement);
            }
            migrationBuilder.DropTable(
                name: "Datasets");
        }
    }
}
