using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aims.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AiSystemNameKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "AiSystems",
                type: "character varying(800)",
                maxLength: 800,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AiSystems_OrganizationId_NameKey_Unique",
                table: "AiSystems",
                columns: new[] { "OrganizationId", "NameKey" },
                unique: true,
                filter: "\"NameKey\" IS NOT NULL AND \"Status\" <> 'Archived'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AiSystems_OrganizationId_NameKey_Unique",
                table: "AiSystems");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "AiSystems");
        }
    }
}
