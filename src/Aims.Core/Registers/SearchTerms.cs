namespace Aims.Core.Registers;

/// <summary>
/// The matching rules of every register's free-text search, the same on SQLite (FTS5 trigram index) and PostgreSQL
/// (pg_trgm index): the query is split at white space into terms; a record matches when every term occurs, ignoring
/// case, as a substring of one of the searched fields (a term may match the name and the next one the purpose, but one
/// term never spans two fields). Each term needs at least <see cref="MinTermLength"/> characters, because a trigram
/// index cannot serve shorter ones and a one- or two-letter substring matches most of any register anyway; a shorter
/// term, more than <see cref="MaxTerms"/> terms or a query over <see cref="MaxLength"/> characters answers 400
/// naming <c>q</c> (nothing is silently dropped).
/// </summary>
public sealed record SearchTerms(IReadOnlyList<string> Terms)
{
    public const int MinTermLength = 3;
    public const int MaxTerms = 8;
    public const int MaxLength = 200;

    /// <summary>Null when there is nothing to search for; errors go to <paramref name="errors"/> under <c>q</c>.</summary>
    public static SearchTerms? Parse(string? query, IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        if (query.Length > MaxLength)
        {
            errors["q"] = [$"Search text can have at most {MaxLength} characters (it has {query.Length})."];
            return null;
        }

        var terms = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var tooShort = terms.Where(t => t.Length < MinTermLength).ToList();
        if (tooShort.Count > 0)
        {
            errors["q"] = [$"Each search word needs at least {MinTermLength} characters ({string.Join(", ", tooShort.Select(t => $"'{t}'"))} is shorter)."];
            return null;
        }

        if (terms.Count > MaxTerms)
        {
            errors["q"] = [$"Search for at most {MaxTerms} words at a time (there are {terms.Count})."];
            return null;
        }

        return new SearchTerms(terms);
    }

    /// <summary>
    /// The terms as an FTS5 query: each one a quoted string (inner quotes doubled), so operators and punctuation in
    /// the user's text are matched literally; a trigram table matches a quoted string as a substring.
    /// </summary>
    public string ToFts5Query() => string.Join(" AND ", Terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    /// <summary>A LIKE/ILIKE pattern that matches <paramref name="term"/> literally anywhere, escaped with a backslash.</summary>
    public static string ContainsPattern(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return "%" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
    }
}
