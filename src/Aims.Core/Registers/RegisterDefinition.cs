using Aims.Core.Data;

namespace Aims.Core.Registers;

/// <summary>
/// Everything that makes one register differ from the others, declared once: what its records are called, its
/// permissions, sorts, filters, search, how a record is shown (<see cref="Project"/>) and its columns. The shared
/// behaviour — list, get, history, archive, restore, export — is <see cref="Register{T, TView}"/>'s.
/// </summary>
public sealed class RegisterDefinition<T, TView>
    where T : RegisterRecord
{
    /// <summary>The register's name in the API, the CLI and the UI address ("ai-systems").</summary>
    public required string Name { get; init; }

    /// <summary>What one record is called in messages ("AI system").</summary>
    public required string Noun { get; init; }

    public required RegisterPermissions Permissions { get; init; }
    public required RegisterSorts<T> Sorts { get; init; }
    public IReadOnlyList<RegisterFilter<T>> Filters { get; init; } = [];
    public RegisterSearch<T>? Search { get; init; }

    /// <summary>Records as callers see them (names resolved in the same query, never one query per row).</summary>
    public required Func<AimsDbContext, IQueryable<T>, IQueryable<TView>> Project { get; init; }

    public required IReadOnlyList<RegisterColumn<TView>> Columns { get; init; }

    /// <summary>
    /// What a view depends on besides the organization's records and the people they name: the moment views judge
    /// dates against (the minute, or today in the organization's calendar), as text for the list cache's key. Null
    /// when views depend on nothing else. <see cref="Project"/> must judge against exactly this moment.
    /// </summary>
    public Func<AimsDbContext, string>? ViewMoment { get; init; }

    /// <summary>The keys of the columns the list shows unless the person picks others (the CLI's table shows the id
    /// and these), in order.</summary>
    public required IReadOnlyList<string> ListColumns { get; init; }

    /// <summary>A check before an archived record returns (e.g. its name was taken meanwhile); throws to refuse.</summary>
    public Func<AimsDbContext, T, CancellationToken, Task>? BeforeRestore { get; init; }

    /// <summary>Rows whose changes belong to a record's history besides its own, for the record with the given id.</summary>
    public Func<AimsDbContext, Guid, IReadOnlyList<HistoryInclude>>? HistoryIncludes { get; init; }

    /// <summary>The plural for counts and headings ("AI systems", "third parties").</summary>
    public string Nouns => Registers.Nouns.Plural(Noun);

    /// <summary>The noun as a sentence starts it ("AI system", "Document").</summary>
    public string CapitalizedNoun => char.ToUpperInvariant(Noun[0]) + Noun[1..];

    /// <summary>"a" or "an" before the noun, for messages ("an AI system", "a document").</summary>
    public string Article => "aeiouAEIOU".Contains(Noun[0], StringComparison.Ordinal) ? "an" : "a";

    /// <summary>The ledger's entity type for the history (the CLR type name, as the recorder writes it).</summary>
    public string EntityType => typeof(T).Name;
}
