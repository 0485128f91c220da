using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aims.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AiSystemProfile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AffectedPersons",
                table: "AiSystems",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AutonomyLevel",
                table: "AiSystems",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Capabilities",
                table: "AiSystems",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Channels",
                table: "AiSystems",
                type: "character varying(64000)",
                maxLength: 64000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Components",
                table: "AiSystems",
                type: "character varying(64000)",
                maxLength: 64000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Description",
                table: "AiSystems",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ForeseeableMisuse",
                table: "AiSystems",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Geographies",
                table: "AiSystems",
                type: "character varying(64000)",
                maxLength: 64000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HumanOversightHow",
                table: "AiSystems",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HumanOversightWhen",
                table: "AiSystems",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HumanOversightWho",
                table: "AiSystems",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IntendedUsers",
                table: "AiSystems",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Languages",
                table: "AiSystems",
                type: "character varying(64000)",
                maxLength: 64000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResponsibleUseObjectives",
                table: "AiSystems",
                type: "character varying(8000)",
                maxLength: 8000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SystemType",
                table: "AiSystems",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AffectedPersons",
                table: "AiSystems");

            migrationBuilder.DropColumn(
                name: "AutonomyLevel",
                table: "AiSystems");

            migrationBuilder.DropColumn(
                name: "Capabilities",
                table: "AiSystems");

            migrationBuilder.DropColumn(
                name: "Channels",
                table: "AiSystems");

            migrationBuilder.DropColumn(
                name: "Components",
                table: "AiSystems");

            migrationBuilder.DropColumn(
                name: "Description",
                table: "AiSystems");

            migrationBuilder.DropColumn(
                name: "ForeseeableMisuse",
                table: "AiSystems");

            migrationBuilder.DropColumn(
                name: "Geographies",
                table: "AiSystems");

            migrationBuilder.DropColumn(
                name: "HumanOversightHow",
                table: "AiSystems");

            migrationBuilder.DropColumn(
                name: "HumanOversightWhen",
                table: "AiSystems");

            migrationBuilder.DropColumn(
                name: "HumanOversightWho",
                table: "AiSystems");

            migrationBuilder.DropColumn(
                name: "IntendedUsers",
                table: "AiSystems");

            migrationBuilder.DropColumn(
                name: "Languages",
                table: "AiSystems");

            migrationBuilder.DropColumn(
                name: "ResponsibleUseObjectives",
                table: "AiSystems");

            migrationBuilder.DropColumn(
                name: "SystemType",
                table: "AiSystems");
        }
    }
}
