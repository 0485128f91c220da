using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Aims.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NullsLastSortIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // ---- Hand-written: indexes for the sorts that put "no date" last (RegisterSortIndexSql) ----
            migrationBuilder.Sql(Aims.Core.Registers.RegisterSortIndexSql.CreateNullsLast("EvidenceItems", "ValidUntil", "Title", "Id"));
            migrationBuilder.Sql(Aims.Core.Registers.RegisterSortIndexSql.CreateNullsLast("Documents", "NextReviewOn", "Title", "Id"));
            // ---- end of hand-written block ----
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // ---- Hand-written: see Up ----
            migrationBuilder.Sql(Aims.Core.Registers.RegisterSortIndexSql.DropNullsLast("EvidenceItems", "ValidUntil"));
            migrationBuilder.Sql(Aims.Core.Registers.RegisterSortIndexSql.DropNullsLast("Documents", "NextReviewOn"));
            // ---- end of hand-written block ----
        }
    }
}
