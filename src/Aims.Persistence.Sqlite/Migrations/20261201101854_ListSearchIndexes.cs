using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aims.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ListSearchIndexes : Migration
    {
        /// <summary>
        /// Full-text index of name and purpose for the register search (AiSystemSearch in Aims.Core): an FTS5 table
        /// with the trigram tokenizer, which matches any substring of three or more characters, ignoring case. Its
        /// rows are numbered by "AiSystemSearchKeys" (one integer per system id) rather than by the rowid of
        /// "AiSystems", which VACUUM and EF's table rebuilds may renumber; a search turns matching numbers into ids
        /// through that table's primary key, and triggers keep both current. A later migration that rebuilds
        /// "AiSystems" drops these triggers with the table and must create them again (the search tests would fail).
        /// </summary>
        internal static readonly string[] SearchIndexSql =
        [
            "CREATE TABLE \"AiSystemSearchKeys\" (\"RowId\" INTEGER PRIMARY KEY, \"SystemId\" TEXT NOT NULL UNIQUE);",
            "CREATE VIRTUAL TABLE \"AiSystemSearch\" USING fts5(\"Name\", \"Purpose\", tokenize = 'trigram case_sensitive 0');",
            "INSERT INTO \"AiSystemSearchKeys\" (\"SystemId\") SELECT \"Id\" FROM \"AiSystems\";",
            """
            INSERT INTO "AiSystemSearch" (rowid, "Name", "Purpose")
            SELECT k."RowId", a."Name", a."Purpose" FROM "AiSystems" AS a JOIN "AiSystemSearchKeys" AS k ON k."SystemId" = a."Id";
            """,
            """
            CREATE TRIGGER "AiSystems_search_insert" AFTER INSERT ON "AiSystems" BEGIN
                INSERT INTO "AiSystemSearchKeys" ("SystemId") VALUES (new."Id");
                INSERT INTO "AiSystemSearch" (rowid, "Name", "Purpose") VALUES (last_insert_rowid(), new."Name", new."Purpose");
            END;
            """,
            """
            CREATE TRIGGER "AiSystems_search_update" AFTER UPDATE OF "Name", "Purpose" ON "AiSystems" BEGIN
                UPDATE "AiSystemSearch" SET "Name" = new."Name", "Purpose" = new."Purpose"
                WHERE rowid = (SELECT "RowId" FROM "AiSystemSearchKeys" WHERE "SystemId" = old."Id");
            END;
            """,
            """
            CREATE TRIGGER "AiSystems_search_delete" AFTER DELETE ON "AiSystems" BEGIN
                DELETE FROM "AiSystemSearch" WHERE rowid = (SELECT "RowId" FROM "AiSystemSearchKeys" WHERE "SystemId" = old."Id");
                DELETE FROM "AiSystemSearchKeys" WHERE "SystemId" = old."Id";
            END;
            """,
        ];

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
            // 6 = retirement). This rewrites the representation only, not the value: the ledger renders the stage by
            // name before and after, so replaying the ledger still yields the same records. The column is swapped by
            // hand instead of EF's AlterColumn, whose table rebuild would run after the triggers below and drop them.
            migrationBuilder.Sql("ALTER TABLE \"AiSystems\" ADD COLUMN \"LifecycleStageNumber\" INTEGER NOT NULL DEFAULT 0;");
            migrationBuilder.Sql("UPDATE \"AiSystems\" SET \"LifecycleStageNumber\" = CASE \"LifecycleStage\" WHEN 'Inception' THEN 0 WHEN 'DesignAndDevelopment' THEN 1 WHEN 'VerificationAndValidation' THEN 2 WHEN 'Deployment' THEN 3 WHEN 'OperationAndMonitoring' THEN 4 WHEN 'ReEvaluation' THEN 5 WHEN 'Retirement' THEN 6 END;");
            migrationBuilder.Sql("ALTER TABLE \"AiSystems\" DROP COLUMN \"LifecycleStage\";");
            migrationBuilder.Sql("ALTER TABLE \"AiSystems\" RENAME COLUMN \"LifecycleStageNumber\" TO \"LifecycleStage\";");

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

            foreach (var statement in SearchIndexSql)
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AiSystems_search_insert\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AiSystems_search_update\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"AiSystems_search_delete\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"AiSystemSearch\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"AiSystemSearchKeys\";");

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

            migrationBuilder.Sql("ALTER TABLE \"AiSystems\" ADD COLUMN \"LifecycleStageName\" TEXT NOT NULL DEFAULT '';");
            migrationBuilder.Sql("UPDATE \"AiSystems\" SET \"LifecycleStageName\" = CASE \"LifecycleStage\" WHEN 0 THEN 'Inception' WHEN 1 THEN 'DesignAndDevelopment' WHEN 2 THEN 'VerificationAndValidation' WHEN 3 THEN 'Deployment' WHEN 4 THEN 'OperationAndMonitoring' WHEN 5 THEN 'ReEvaluation' WHEN 6 THEN 'Retirement' END;");
            migrationBuilder.Sql("ALTER TABLE \"AiSystems\" DROP COLUMN \"LifecycleStage\";");
            migrationBuilder.Sql("ALTER TABLE \"AiSystems\" RENAME COLUMN \"LifecycleStageName\" TO \"LifecycleStage\";");

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
