namespace Aims.Core.AiSystems;

/// <summary>Parses "field" or "-field" (descending) into an ordering; unknown fields are a validation error.</summary>
internal sealed record AiSystemSort(string Field, bool Descending)
{
    public static readonly IReadOnlyList<string> Fields = ["name", "lifecycleStage", "status", "createdAt", "updatedAt"];

    public static AiSystemSort Parse(string? text, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new AiSystemSort("name", false);
        }

        var descending = text.StartsWith('-');
        var field = descending ? text[1..] : text;
        var known = Fields.FirstOrDefault(f => string.Equals(f, field, StringComparison.OrdinalIgnoreCase));
        if (known is null)
        {
            errors["sort"] = [$"Unknown sort field '{field}'. Use one of: {string.Join(", ", Fields)} (prefix '-' for descending)."];
            return new AiSystemSort("name", false);
        }

        return new AiSystemSort(known, descending);
    }

    public IQueryable<AiSystem> Apply(IQueryable<AiSystem> query) => (Field, Descending) switch
    {
        ("lifecycleStage", false) => query.OrderBy(s => s.LifecycleStage).ThenBy(s => s.Name),
        ("lifecycleStage", true) => query.OrderByDescending(s => s.LifecycleStage).ThenBy(s => s.Name),
        ("status", false) => query.OrderBy(s => s.Status).ThenBy(s => s.Name),
        ("status", true) => query.OrderByDescending(s => s.Status).ThenBy(s => s.Name),
        ("createdAt", false) => query.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id),
        ("createdAt", true) => query.OrderByDescending(s => s.CreatedAt).ThenBy(s => s.Id),
        ("updatedAt", false) => query.OrderBy(s => s.UpdatedAt).ThenBy(s => s.Id),
        ("updatedAt", true) => query.OrderByDescending(s => s.UpdatedAt).ThenBy(s => s.Id),
        (_, true) => query.OrderByDescending(s => s.Name).ThenBy(s => s.Id),
        _ => query.OrderBy(s => s.Name).ThenBy(s => s.Id),
    };
}
