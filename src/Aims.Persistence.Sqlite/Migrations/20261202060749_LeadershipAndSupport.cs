using System;
using Aims.Core.Registers;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aims.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LeadershipAndSupport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AimsResources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
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
                    table.PrimaryKey("PK_AimsResources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AimsResources_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AimsResources_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AimsRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Responsibilities = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Authorities = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    TopManagement = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequiredCompetences = table.Column<string>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_AimsRoles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AimsRoles_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    JobTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
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
                    table.PrimaryKey("PK_People", x => x.Id);
                    table.ForeignKey(
                        name: "FK_People_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_People_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlannedChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Consequences = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Resources = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ResponsibleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlannedDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AffectsScope = table.Column<bool>(type: "INTEGER", nullable: false),
                    AffectsPolicy = table.Column<bool>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_PlannedChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlannedChanges_AspNetUsers_ResponsibleId",
                        column: x => x.ResponsibleId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlannedChanges_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RaciEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Activity = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    AccountableRoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
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
                    table.PrimaryKey("PK_RaciEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RaciEntries_AimsRoles_AccountableRoleId",
                        column: x => x.AccountableRoleId,
                        principalTable: "AimsRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RaciEntries_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompetenceRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Competence = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AchievedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EvidenceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
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
                    table.PrimaryKey("PK_CompetenceRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompetenceRecords_EvidenceItems_EvidenceId",
                        column: x => x.EvidenceId,
                        principalTable: "EvidenceItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CompetenceRecords_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CompetenceRecords_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LeadershipRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ByPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
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
                    table.PrimaryKey("PK_LeadershipRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LeadershipRecords_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LeadershipRecords_People_ByPersonId",
                        column: x => x.ByPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AimsResources_OrganizationId_CreatedAt_Id",
                table: "AimsResources",
                columns: new[] { "OrganizationId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AimsResources_OrganizationId_Kind_Name_Id",
                table: "AimsResources",
                columns: new[] { "OrganizationId", "Kind", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AimsResources_OrganizationId_Name_Id",
                table: "AimsResources",
                columns: new[] { "OrganizationId", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AimsResources_OrganizationId_OwnerId_Name_Id",
                table: "AimsResources",
                columns: new[] { "OrganizationId", "OwnerId", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AimsResources_OrganizationId_UpdatedAt_Id",
                table: "AimsResources",
                columns: new[] { "OrganizationId", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AimsResources_OwnerId",
                table: "AimsResources",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_AimsRoles_OrganizationId_CreatedAt_Id",
                table: "AimsRoles",
                columns: new[] { "OrganizationId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AimsRoles_OrganizationId_Name_Id",
                table: "AimsRoles",
                columns: new[] { "OrganizationId", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AimsRoles_OrganizationId_UpdatedAt_Id",
                table: "AimsRoles",
                columns: new[] { "OrganizationId", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CompetenceRecords_EvidenceId",
                table: "CompetenceRecords",
                column: "EvidenceId");

            migrationBuilder.CreateIndex(
                name: "IX_CompetenceRecords_OrganizationId_AchievedOn_Competence_Id",
                table: "CompetenceRecords",
                columns: new[] { "OrganizationId", "AchievedOn", "Competence", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CompetenceRecords_OrganizationId_Competence_Id",
                table: "CompetenceRecords",
                columns: new[] { "OrganizationId", "Competence", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CompetenceRecords_OrganizationId_CreatedAt_Id",
                table: "CompetenceRecords",
                columns: new[] { "OrganizationId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CompetenceRecords_OrganizationId_Kind_Competence_Id",
                table: "CompetenceRecords",
                columns: new[] { "OrganizationId", "Kind", "Competence", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CompetenceRecords_OrganizationId_PersonId_Competence_Id",
                table: "CompetenceRecords",
                columns: new[] { "OrganizationId", "PersonId", "Competence", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CompetenceRecords_OrganizationId_UpdatedAt_Id",
                table: "CompetenceRecords",
                columns: new[] { "OrganizationId", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CompetenceRecords_PersonId",
                table: "CompetenceRecords",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_LeadershipRecords_ByPersonId",
                table: "LeadershipRecords",
                column: "ByPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_LeadershipRecords_OrganizationId_CreatedAt_Id",
                table: "LeadershipRecords",
                columns: new[] { "OrganizationId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_LeadershipRecords_OrganizationId_Date_Title_Id",
                table: "LeadershipRecords",
                columns: new[] { "OrganizationId", "Date", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_LeadershipRecords_OrganizationId_Kind_Date_Id",
                table: "LeadershipRecords",
                columns: new[] { "OrganizationId", "Kind", "Date", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_LeadershipRecords_OrganizationId_Title_Id",
                table: "LeadershipRecords",
                columns: new[] { "OrganizationId", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_LeadershipRecords_OrganizationId_UpdatedAt_Id",
                table: "LeadershipRecords",
                columns: new[] { "OrganizationId", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_People_OrganizationId_CreatedAt_Id",
                table: "People",
                columns: new[] { "OrganizationId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_People_OrganizationId_Name_Id",
                table: "People",
                columns: new[] { "OrganizationId", "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_People_OrganizationId_UpdatedAt_Id",
                table: "People",
                columns: new[] { "OrganizationId", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_People_OrganizationId_UserId",
                table: "People",
                columns: new[] { "OrganizationId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_People_UserId",
                table: "People",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_PlannedChanges_OrganizationId_CreatedAt_Id",
                table: "PlannedChanges",
                columns: new[] { "OrganizationId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PlannedChanges_OrganizationId_PlannedDate_Title_Id",
                table: "PlannedChanges",
                columns: new[] { "OrganizationId", "PlannedDate", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PlannedChanges_OrganizationId_ResponsibleId_PlannedDate_Id",
                table: "PlannedChanges",
                columns: new[] { "OrganizationId", "ResponsibleId", "PlannedDate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PlannedChanges_OrganizationId_Status_PlannedDate_Id",
                table: "PlannedChanges",
                columns: new[] { "OrganizationId", "Status", "PlannedDate", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PlannedChanges_OrganizationId_Title_Id",
                table: "PlannedChanges",
                columns: new[] { "OrganizationId", "Title", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PlannedChanges_OrganizationId_UpdatedAt_Id",
                table: "PlannedChanges",
                columns: new[] { "OrganizationId", "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PlannedChanges_ResponsibleId",
                table: "PlannedChanges",
                column: "ResponsibleId");

            migrationBuilder.CreateIndex(
                name: "IX_RaciEntries_AccountableRoleId",
                table: "RaciEntries",
                column: "AccountableRoleId");

            migrationBuilder.CreateIndex(
                name: "IX_RaciEntries_OrganizationId_AccountableRoleId_Activity_Id",
                table: "RaciEntries",
                columns: new[] { "OrganizationId", "AccountableRoleId", "Activity", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_RaciEntries_OrganizationId_Activity_Id",
                table: "RaciEntries",
                columns: new[] { "OrganizationId", "Activity", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_RaciEntries_OrganizationId_CreatedAt_Id",
                table: "RaciEntries",
                columns: new[] { "OrganizationId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_RaciEntries_OrganizationId_UpdatedAt_Id",
                table: "RaciEntries",
                columns: new[] { "OrganizationId", "UpdatedAt", "Id" });
            // --- Hand-written: the search indexes of the new registers (re-add after regenerating this migration) ---
            foreach (var statement in RegisterSearchIndexSql.Sqlite("AimsRoles", "AimsRoleSearch", "AimsRoleId", "Name", "Responsibilities", "Authorities"))
            {
                migrationBuilder.Sql(statement);
            }
            foreach (var statement in RegisterSearchIndexSql.Sqlite("RaciEntries", "RaciEntrySearch", "RaciEntryId", "Activity", "Notes"))
            {
                migrationBuilder.Sql(statement);
            }
            foreach (var statement in RegisterSearchIndexSql.Sqlite("LeadershipRecords", "LeadershipRecordSearch", "LeadershipRecordId", "Title", "Description"))
            {
                migrationBuilder.Sql(statement);
            }
            foreach (var statement in RegisterSearchIndexSql.Sqlite("People", "PersonSearch", "PersonId", "Name", "Email", "JobTitle"))
            {
                migrationBuilder.Sql(statement);
            }
            foreach (var statement in RegisterSearchIndexSql.Sqlite("CompetenceRecords", "CompetenceRecordSearch", "CompetenceRecordId", "Competence", "Notes"))
            {
                migrationBuilder.Sql(statement);
            }
            foreach (var statement in RegisterSearchIndexSql.Sqlite("PlannedChanges", "PlannedChangeSearch", "PlannedChangeId", "Title", "Purpose", "Consequences"))
            {
                migrationBuilder.Sql(statement);
            }
            foreach (var statement in RegisterSearchIndexSql.Sqlite("AimsResources", "AimsResourceSearch", "AimsResourceId", "Name", "Description"))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // --- Hand-written: the search indexes ---
            foreach (var statement in RegisterSearchIndexSql.DropSqlite("AimsRoles", "AimsRoleSearch"))
            {
                migrationBuilder.Sql(statement);
            }
            foreach (var statement in RegisterSearchIndexSql.DropSqlite("RaciEntries", "RaciEntrySearch"))
            {
                migrationBuilder.Sql(statement);
            }
            foreach (var statement in RegisterSearchIndexSql.DropSqlite("LeadershipRecords", "LeadershipRecordSearch"))
            {
                migrationBuilder.Sql(statement);
            }
            foreach (var statement in RegisterSearchIndexSql.DropSqlite("People", "PersonSearch"))
            {
                migrationBuilder.Sql(statement);
            }
            foreach (var statement in RegisterSearchIndexSql.DropSqlite("CompetenceRecords", "CompetenceRecordSearch"))
            {
                migrationBuilder.Sql(statement);
            }
            foreach (var statement in RegisterSearchIndexSql.DropSqlite("PlannedChanges", "PlannedChangeSearch"))
            {
                migrationBuilder.Sql(statement);
            }
            foreach (var statement in RegisterSearchIndexSql.DropSqlite("AimsResources", "AimsResourceSearch"))
            {
                migrationBuilder.Sql(statement);
            }
            migrationBuilder.DropTable(
                name: "AimsResources");

            migrationBuilder.DropTable(
                name: "CompetenceRecords");

            migrationBuilder.DropTable(
                name: "LeadershipRecords");

            migrationBuilder.DropTable(
                name: "PlannedChanges");

            migrationBuilder.DropTable(
                name: "RaciEntries");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "AimsRoles");
        }
    }
}
