using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aims.Persistence.Sqlite.Migrations
{
    /// <summary>
    /// Per-organization ledger chains. Its id sorts before AiSystemNameKey on purpose: this step cannot be reverted
    /// (chains share sequence numbers), and AiSystemNameKey can, so a database can still be taken back to the state
    /// before AiSystemNameKey. The two touch different tables; EF applies whichever of them is missing.
    /// </summary>
    public partial class LedgerChains : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The existing rows are the one shared chain: they stay as they are, marked as the legacy chain, and keep
            // their sequence as the global insertion id. The host closes that chain with a signed checkpoint at its
            // next start (in code, with the signing key); the new per-organization chains start from its last hash.
            // SQLite cannot change a primary key in place, so the table is rebuilt with an explicit copy.
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_LedgerEntries" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_LedgerEntries" PRIMARY KEY AUTOINCREMENT,
                    "Chain" TEXT NOT NULL,
                    "Sequence" INTEGER NOT NULL,
                    "Timestamp" INTEGER NOT NULL,
                    "OrganizationId" TEXT NULL,
                    "Actor" TEXT NOT NULL,
                    "EntityType" TEXT NOT NULL,
                    "EntityId" TEXT NOT NULL,
                    "Action" TEXT NOT NULL,
                    "Payload" TEXT NOT NULL,
                    "PreviousHash" TEXT NOT NULL,
                    "Hash" TEXT NOT NULL
                );
                INSERT INTO "ef_temp_LedgerEntries" ("Id", "Chain", "Sequence", "Timestamp", "OrganizationId", "Actor",
                    "EntityType", "EntityId", "Action", "Payload", "PreviousHash", "Hash")
                SELECT "Sequence", 'legacy', "Sequence", "Timestamp", "OrganizationId", "Actor", "EntityType", "EntityId",
                    "Action", "Payload", "PreviousHash", "Hash"
                FROM "LedgerEntries";
                DROP TABLE "LedgerEntries";
                ALTER TABLE "ef_temp_LedgerEntries" RENAME TO "LedgerEntries";
                CREATE INDEX "IX_LedgerEntries_OrganizationId_EntityType_EntityId" ON "LedgerEntries" ("OrganizationId", "EntityType", "EntityId");
                """);

            // Checkpoints signed before chains existed belong to the legacy chain, numbered in the order they were made;
            // their empty PreviousHash marks the unchained v1 format, each vouched for by its own signature.
            migrationBuilder.DropIndex(
                name: "IX_LedgerCheckpoints_Sequence",
                table: "LedgerCheckpoints");

            migrationBuilder.AddColumn<string>(
                name: "Chain",
                table: "LedgerCheckpoints",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "legacy");

            migrationBuilder.AddColumn<long>(
                name: "Number",
                table: "LedgerCheckpoints",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "PreviousHash",
                table: "LedgerCheckpoints",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("""
                UPDATE "LedgerCheckpoints" SET "Number" =
                    (SELECT COUNT(*) FROM "LedgerCheckpoints" AS c WHERE c."Id" <= "LedgerCheckpoints"."Id");
                """);

            migrationBuilder.CreateIndex(
                name: "IX_LedgerEntries_Chain_Sequence",
                table: "LedgerEntries",
                columns: new[] { "Chain", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LedgerCheckpoints_Chain_Number",
                table: "LedgerCheckpoints",
                columns: new[] { "Chain", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Once several chains exist their sequence numbers overlap, so the old single-chain key cannot come back.
            throw new NotSupportedException("LedgerChains cannot be reverted (chains share sequence numbers); restore a backup taken before the upgrade instead.");
        }
    }
}
