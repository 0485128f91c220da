using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aims.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ChildIndexesByOrganization : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EvidenceLinks_EvidenceItemId_TargetType_TargetId",
                table: "EvidenceLinks");

            migrationBuilder.DropIndex(
                name: "IX_EvidenceFiles_EvidenceItemId_Number",
                table: "EvidenceFiles");

            migrationBuilder.DropIndex(
                name: "IX_DocumentVersions_DocumentId_Number",
                table: "DocumentVersions");

            migrationBuilder.DropIndex(
                name: "IX_DocumentSystemLinks_DocumentId_AiSystemId",
                table: "DocumentSystemLinks");

            migrationBuilder.DropIndex(
                name: "IX_DocumentReviews_DocumentId_ReviewedAt",
                table: "DocumentReviews");

            migrationBuilder.DropIndex(
                name: "IX_DocumentReferences_DocumentId_Kind_Target",
                table: "DocumentReferences");

            migrationBuilder.DropIndex(
                name: "IX_DocumentParticipants_DocumentId_Duty",
                table: "DocumentParticipants");

            migrationBuilder.DropIndex(
                name: "IX_DocumentApprovals_DocumentId_VersionNumber",
                table: "DocumentApprovals");

            migrationBuilder.DropIndex(
                name: "IX_DocumentAcknowledgements_DocumentId_VersionNumber_UserId",
                table: "DocumentAcknowledgements");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceLinks_EvidenceItemId",
                table: "EvidenceLinks",
                column: "EvidenceItemId");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceLinks_OrganizationId_EvidenceItemId_TargetType_TargetId",
                table: "EvidenceLinks",
                columns: new[] { "OrganizationId", "EvidenceItemId", "TargetType", "TargetId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_EvidenceItemId",
                table: "EvidenceFiles",
                column: "EvidenceItemId");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_OrganizationId_EvidenceItemId_Number",
                table: "EvidenceFiles",
                columns: new[] { "OrganizationId", "EvidenceItemId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentVersions_DocumentId",
                table: "DocumentVersions",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentVersions_OrganizationId_DocumentId_Number",
                table: "DocumentVersions",
                columns: new[] { "OrganizationId", "DocumentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentSystemLinks_DocumentId",
                table: "DocumentSystemLinks",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentSystemLinks_OrganizationId_DocumentId_AiSystemId",
                table: "DocumentSystemLinks",
                columns: new[] { "OrganizationId", "DocumentId", "AiSystemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentReviews_DocumentId",
                table: "DocumentReviews",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentReviews_OrganizationId_DocumentId_ReviewedAt",
                table: "DocumentReviews",
                columns: new[] { "OrganizationId", "DocumentId", "ReviewedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentReferences_DocumentId",
                table: "DocumentReferences",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentReferences_OrganizationId_DocumentId_Kind_Target",
                table: "DocumentReferences",
                columns: new[] { "OrganizationId", "DocumentId", "Kind", "Target" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentParticipants_DocumentId",
                table: "DocumentParticipants",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentParticipants_OrganizationId_DocumentId_Duty",
                table: "DocumentParticipants",
                columns: new[] { "OrganizationId", "DocumentId", "Duty" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentApprovals_OrganizationId_DocumentId_VersionNumber",
                table: "DocumentApprovals",
                columns: new[] { "OrganizationId", "DocumentId", "VersionNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentAcknowledgements_DocumentId",
                table: "DocumentAcknowledgements",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_DocumentAcknowledgements_OrganizationId_DocumentId_VersionNumber_UserId",
                table: "DocumentAcknowledgements",
                columns: new[] { "OrganizationId", "DocumentId", "VersionNumber", "UserId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EvidenceLinks_EvidenceItemId",
                table: "EvidenceLinks");

            migrationBuilder.DropIndex(
                name: "IX_EvidenceLinks_OrganizationId_EvidenceItemId_TargetType_TargetId",
                table: "EvidenceLinks");

            migrationBuilder.DropIndex(
                name: "IX_EvidenceFiles_EvidenceItemId",
                table: "EvidenceFiles");

            migrationBuilder.DropIndex(
                name: "IX_EvidenceFiles_OrganizationId_EvidenceItemId_Number",
                table: "EvidenceFiles");

            migrationBuilder.DropIndex(
                name: "IX_DocumentVersions_DocumentId",
                table: "DocumentVersions");

            migrationBuilder.DropIndex(
                name: "IX_DocumentVersions_OrganizationId_DocumentId_Number",
                table: "DocumentVersions");

            migrationBuilder.DropIndex(
                name: "IX_DocumentSystemLinks_DocumentId",
                table: "DocumentSystemLinks");

            migrationBuilder.DropIndex(
                name: "IX_DocumentSystemLinks_OrganizationId_DocumentId_AiSystemId",
                table: "DocumentSystemLinks");

            migrationBuilder.DropIndex(
                name: "IX_DocumentReviews_DocumentId",
                table: "DocumentReviews");

            migrationBuilder.DropIndex(
                name: "IX_DocumentReviews_OrganizationId_DocumentId_ReviewedAt",
                table: "DocumentReviews");

            migrationBuilder.DropIndex(
                name: "IX_DocumentReferences_DocumentId",
                table: "DocumentReferences");

            migrationBuilder.DropIndex(
                name: "IX_DocumentReferences_OrganizationId_DocumentId_Kind_Target",
                table: "DocumentReferences");

            migrationBuilder.DropIndex(
                name: "IX_DocumentParticipants_DocumentId",
                table: "DocumentParticipants");

            migrationBuilder.DropIndex(
                name: "IX_DocumentParticipants_OrganizationId_DocumentId_Duty",
                table: "DocumentParticipants");

            migrationBuilder.DropIndex(
                name: "IX_DocumentApprovals_OrganizationId_DocumentId_VersionNumber",
                table: "DocumentApprovals");

            migrationBuilder.DropIndex(
                name: "IX_DocumentAcknowledgements_DocumentId",
                table: "DocumentAcknowledgements");

            migrationBuilder.DropIndex(
                name: "IX_DocumentAcknowledgements_OrganizationId_DocumentId_VersionNumber_UserId",
                table: "DocumentAcknowledgements");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceLinks_EvidenceItemId_TargetType_TargetId",
                table: "EvidenceLinks",
                columns: new[] { "EvidenceItemId", "TargetType", "TargetId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceFiles_EvidenceItemId_Number",
                table: "EvidenceFiles",
                columns: new[] { "EvidenceItemId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentVersions_DocumentId_Number",
                table: "DocumentVersions",
                columns: new[] { "DocumentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentSystemLinks_DocumentId_AiSystemId",
                table: "DocumentSystemLinks",
                columns: new[] { "DocumentId", "AiSystemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentReviews_DocumentId_ReviewedAt",
                table: "DocumentReviews",
                columns: new[] { "DocumentId", "ReviewedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentReferences_DocumentId_Kind_Target",
                table: "DocumentReferences",
                columns: new[] { "DocumentId", "Kind", "Target" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocumentParticipants_DocumentId_Duty",
                table: "DocumentParticipants",
                columns: new[] { "DocumentId", "Duty" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentApprovals_DocumentId_VersionNumber",
                table: "DocumentApprovals",
                columns: new[] { "DocumentId", "VersionNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_DocumentAcknowledgements_DocumentId_VersionNumber_UserId",
                table: "DocumentAcknowledgements",
                columns: new[] { "DocumentId", "VersionNumber", "UserId" },
                unique: true);
        }
    }
}
