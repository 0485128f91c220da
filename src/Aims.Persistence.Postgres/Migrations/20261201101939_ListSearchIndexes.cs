using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aims.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ListSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AiSystems_OrganizationId_Name",
                table: "AiSystems");

            migrationBuilder.DropIndex(
                name: "IX_AiSystems_OrganizationId_Status_UpdatedAt",
                table: "AiSystems");

            // The stage was stored by name, which sorts alphabetically; from now on it is its number (0 = inception …
            // 6 = retirement). The column is converted in place; the ledger renders the stage by name before and after.
            migrationBuilder.Sql("ALTER TABLE \"AiSystems\" ALTER COLUMN \"LifecycleStage\" TYPE integer USING (CASE \"LifecycleStage\" WHEN 'Inception' THEN 0 WHEN 'DesignAndDevelopment' THEN 1 WHEN 'VerificationAndValidation' THEN 2 WHEN 'Deployment' THEN 3 WHEN 'OperationAndMonitoring' THEN 4 WHEN 'ReEvaluation' THEN 5 WHEN 'Retirement' THEN 6 END);");

            migrationBuilder.CreateIndex(
                name: "IX_AiSystems_OrganizationId_CreatedAt_Id",
                table: "AiSystems",
                columns: new[] { "OrganizationId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AiSystems_OrganizationId_LifecycleStage_Name_Id",
                table: "AiSystems",
                columns: new[] { "OrganizationId", "LifecycleStage", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AiSystems_OrganizationId_Name_Id",
                table: "AiSystems",
                columns: new[] { "OrganizationId", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AiSystems_OrganizationId_OwnerId_Name_Id",
                table: "AiSystems",
                columns: new[] { "OrganizationId", "OwnerId", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AiSystems_OrganizationId_Status_Name_Id",
                table: "AiSystems",
                columns: new[] { "OrganizationId", "Status", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AiSystems_OrganizationId_Status_UpdatedAt_Id",
                table: "AiSystems",
                columns: new[] { "OrganizationId", "Status", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AiSystems_OrganizationId_UpdatedAt_Id",
                table: "AiSystems",
                columns: new[] { "OrganizationId", "UpdatedAt", "Id" });

            // Register search (AiSystemSearch in Aims.Core): ILIKE '%term%' on name and purpose, served by trigram GIN
            // indexes. pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX \"IX_AiSystems_Name_trgm\" ON \"AiSystems\" USING gin (\"Name\" gin_trgm_ops);");
            migrationBuilder.Sql("CREATE INDEX \"IX_AiSystems_Purpose_trgm\" ON \"AiSystems\" USING gin (\"Purpose\" gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_AiSystems_Name_trgm\";");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_AiSystems_Purpose_trgm\";");

            migrationBuilder.DropIndex(
                name: "IX_AiSystems_OrganizationId_CreatedAt_Id",
                table: "AiSystems");

            migrationBuilder.DropIndex(
                name: "IX_AiSystems_OrganizationId_LifecycleStage_Name_Id",
                table: "AiSystems");

            migrationBuilder.DropIndex(
                name: "IX_AiSystems_OrganizationId_Name_Id",
                table: "AiSystems");

            migrationBuilder.DropIndex(
                name: "IX_AiSystems_OrganizationId_OwnerId_Name_Id",
                table: "AiSystems");

            migrationBuilder.DropIndex(
                name: "IX_AiSystems_OrganizationId_Status_Name_Id",
                table: "AiSystems");

            migrationBuilder.DropIndex(
                name: "IX_AiSystems_OrganizationId_Status_UpdatedAt_Id",
                table: "AiSystems");

            migrationBuilder.DropIndex(
                name: "IX_AiSystems_OrganizationId_UpdatedAt_Id",
                table: "AiSystems");

            migrationBuilder.Sql("ALTER TABLE \"AiSystems\" ALTER COLUMN \"LifecycleStage\" TYPE character varying(32) USING (CASE \"LifecycleStage\" WHEN 0 THEN 'Inception' WHEN 1 THEN 'DesignAndDevelopment' WHEN 2 THEN 'VerificationAndValidation' WHEN 3 THEN 'Deployment' WHEN 4 THEN 'OperationAndMonitoring' WHEN 5 THEN 'ReEvaluation' WHEN 6 THEN 'Retirement' END);");

            migrationBuilder.CreateIndex(
                name: "IX_AiSystems_OrganizationId_Name",
                table: "AiSystems",
                columns: new[] { "OrganizationId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_AiSystems_OrganizationId_Status_UpdatedAt",
                table: "AiSystems",
                columns: new[] { "OrganizationId", "Status", "UpdatedAt" });
        }
    }
}
