using Aims.Core.Common.Registers;
using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.AiSystems;

/// <summary>
/// Free-text search over name and purpose with the rules of <see cref="SearchTerms"/>, served by an index on each
/// provider (created by the ListSearchIndexes migrations): on SQLite the FTS5 table <c>AiSystemSearch</c> (trigram
/// tokenizer, case-insensitive, its rows numbered by <c>AiSystemSearchKeys</c>, both kept current by triggers on
/// <c>AiSystems</c>); on PostgreSQL pg_trgm GIN indexes on "Name" and "Purpose", which serve ILIKE '%term%'.
/// </summary>
internal static class AiSystemSearch
{
    public static IQueryable<AiSystem> Apply(AimsDbContext db, IQueryable<AiSystem> systems, SearchTerms terms)
    {
        if (db.Database.IsSqlite())
        {
            // Matching row numbers come straight from the index; their ids from AiSystemSearchKeys' primary key (reading
            // an id stored in the FTS table itself costs a content lookup per match, 3x slower for common words).
            var match = terms.ToFts5Query();
            var ids = db.Database.SqlQuery<Guid>(
                $"SELECT k.SystemId AS Value FROM AiSystemSearchKeys AS k WHERE k.RowId IN (SELECT rowid FROM AiSystemSearch WHERE AiSystemSearch MATCH {match})");
            return systems.Where(s => ids.Contains(s.Id));
        }

        foreach (var term in terms.Terms)
        {
            var pattern = SearchTerms.ContainsPattern(term);
            systems = systems.Where(s => EF.Functions.ILike(s.Name, pattern, "\\") ||
                                         (s.Purpose != null && EF.Functions.ILike(s.Purpose, pattern, "\\")));
        }

        return systems;
    }
}
