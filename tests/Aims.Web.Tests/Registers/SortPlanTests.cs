using Aims.Core.AiSystems;
using Aims.Core.Data;
using Aims.Core.Documents;
using Aims.Core.Evidence;
using Aims.Core.Registers;
using Aims.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Aims.Web.Tests.Registers;

/// <summary>
/// Every sort of every register, both directions, walks an index on SQLite: the query plan of a first page has no
/// "TEMP B-TREE FOR ORDER BY", which would mean reading and sorting every row of the organization per request. A sort
/// added without its index, or a migration that drops a hand-written one (RegisterSortIndexSql), fails here.
/// </summary>
public sealed class SortPlanTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_sort_of_every_register_is_served_by_an_index()
    {
        var clock = TimeProvider.System;
        var sorted = new List<string>();
        var temp = new List<string>();
        await using var db = await app.OpenDbAsync();
        db.TenantId = Guid.NewGuid();
        await CheckAsync(db, AiSystemRegister.Definition, sorted, temp);
        await CheckAsync(db, DocumentRegister.Create(clock), sorted, temp);
        await CheckAsync(db, EvidenceRegister.Create(clock), sorted, temp);
        Assert.Equal(2 * (AiSystemRegister.Definition.Sorts.Names.Count + DocumentRegister.Create(clock).Sorts.Names.Count
                          + EvidenceRegister.Create(clock).Sorts.Names.Count), sorted.Count);
        Assert.Empty(temp);
    }

    private static async Task CheckAsync<T, TView>(AimsDbContext db, RegisterDefinition<T, TView> definition, List<string> sorted, List<string> temp)
        where T : RegisterRecord
    {
        foreach (var name in definition.Sorts.Names)
        {
            foreach (var sort in new[] { name, "-" + name })
            {
                var order = definition.Sorts.Parse(sort, new Dictionary<string, string[]>());
                var plan = await PlanAsync(db, order.Apply(db.Set<T>().AsNoTracking()).Take(25).Select(r => r.Id));
                sorted.Add($"{definition.Name} {sort}");
                if (plan.Any(step => step.Contains("TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal)))
                {
                    temp.Add($"{definition.Name} sort={sort}: {string.Join(" / ", plan)}");
                }
            }
        }
    }

    // EXPLAIN QUERY PLAN of the query EF sends, its parameters bound to placeholder values.
    private static async Task<List<string>> PlanAsync<T>(AimsDbContext db, IQueryable<T> query)
    {
        var lines = query.ToQueryString().Split('\n');
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', lines.Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        foreach (var line in lines.Where(l => l.StartsWith(".param set ", StringComparison.Ordinal)))
        {
            command.Parameters.AddWithValue(line.Split(' ')[2], 1);
        }

        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            steps.Add(reader.GetString(3));
        }

        return steps;
    }
}
