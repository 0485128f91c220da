using System.Linq.Expressions;
using Aims.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Registers;

/// <summary>
/// Free-text search over a register's text columns with the rules of <see cref="SearchTerms"/> (every term must occur,
/// as a substring, ignoring case), served by an index on each provider, both created by <see cref="RegisterSearchIndexSql"/>
/// in the register's migration: on SQLite an FTS5 table with the trigram tokenizer whose rows are numbered by a keys
/// table (one integer per record id, so VACUUM or a table rebuild cannot renumber them); on PostgreSQL pg_trgm GIN
/// indexes on each column, which serve ILIKE '%term%'.
/// </summary>
public sealed class RegisterSearch<T>
    where T : RegisterRecord
{
    private readonly string _sqliteIds;
    private readonly IReadOnlyList<Expression<Func<T, string?>>> _columns;

    /// <param name="index">The SQLite FTS5 table (its keys table is <c>&lt;index&gt;Keys</c>).</param>
    /// <param name="keyColumn">The keys table's record-id column.</param>
    /// <param name="columns">The text columns searched, in the order the index holds them.</param>
    public RegisterSearch(string index, string keyColumn, params IReadOnlyList<Expression<Func<T, string?>>> columns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(index);
        ArgumentException.ThrowIfNullOrWhiteSpace(keyColumn);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentOutOfRangeException.ThrowIfZero(columns.Count);
        _columns = columns;
        // Matching row numbers come straight from the index and ids from the keys table's primary key (reading an id
        // stored in the FTS table itself costs a content lookup per match, 3x slower for common words).
        _sqliteIds = $"SELECT k.\"{keyColumn}\" AS \"Value\" FROM \"{index}Keys\" AS k " +
                     $"WHERE k.\"RowId\" IN (SELECT rowid FROM \"{index}\" WHERE \"{index}\" MATCH {{0}})";
    }

    public IQueryable<T> Apply(AimsDbContext db, IQueryable<T> records, SearchTerms terms)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(terms);
        if (db.Database.IsSqlite())
        {
            var ids = db.Database.SqlQueryRaw<Guid>(_sqliteIds, terms.ToFts5Query());
            return records.Where(r => ids.Contains(r.Id));
        }

        foreach (var term in terms.Terms)
        {
            records = records.Where(AnyColumnContains(SearchTerms.ContainsPattern(term)));
        }

        return records;
    }

    // r => (r.A != null && ILIKE(r.A, pattern)) || (r.B != null && ILIKE(r.B, pattern)) …, one parameter for the pattern.
    private Expression<Func<T, bool>> AnyColumnContains(string pattern)
    {
        var record = Expression.Parameter(typeof(T), "r");
        var patternValue = Expression.Property(Expression.Constant(new Pattern(pattern)), nameof(Pattern.Value));
        var ilike = typeof(NpgsqlDbFunctionsExtensions).GetMethod(nameof(NpgsqlDbFunctionsExtensions.ILike),
            [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;
        Expression? any = null;
        foreach (var column in _columns)
        {
            var value = new ReplaceParameter(column.Parameters[0], record).Visit(column.Body);
            var test = Expression.AndAlso(Expression.NotEqual(value, Expression.Constant(null, typeof(string))),
                Expression.Call(ilike, Expression.Constant(EF.Functions), value, patternValue, Expression.Constant("\\")));
            any = any is null ? test : Expression.OrElse(any, test);
        }

        return Expression.Lambda<Func<T, bool>>(any!, record);
    }

    private sealed record Pattern(string Value);

    private sealed class ReplaceParameter(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
