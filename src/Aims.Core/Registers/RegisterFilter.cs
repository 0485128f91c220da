using System.Globalization;
using System.Linq.Expressions;
using Aims.Core.Common;

namespace Aims.Core.Registers;

/// <summary>
/// One filter of a register, by the name the API query and the UI address use. The value arrives as text and is
/// parsed here, so every host gets the same rules and the same 400 message naming the filter; the comparison is an
/// equality on one column, which the register's indexes serve.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types",
    Justification = "Factories on the filter type read best where registers declare them: RegisterFilter<AiSystem>.Equal(…).")]
public sealed class RegisterFilter<T>
    where T : RegisterRecord
{
    private readonly Func<string, string?, (Expression<Func<T, bool>>? Predicate, string? Error)> _parse;
    private readonly Func<string, string?, string>? _countKey;

    private RegisterFilter(string name, string description, IReadOnlyList<string> values,
        Func<string, (Expression<Func<T, bool>>?, string?)> parse, Func<string, string>? countKey = null)
        : this(name, description, values, (text, _) => parse(text), countKey is null ? null : (text, _) => countKey(text))
    {
    }

    private RegisterFilter(string name, string description, IReadOnlyList<string> values,
        Func<string, string?, (Expression<Func<T, bool>>?, string?)> parse, Func<string, string?, string>? countKey)
    {
        Name = name;
        Description = description;
        Values = values;
        _parse = parse;
        _countKey = countKey;
    }

    public string Name { get; }

    /// <summary>What the filter selects, for the API reference and the CLI's help.</summary>
    public string Description { get; }

    /// <summary>The values it accepts when they are a fixed list (API spelling), otherwise empty.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>Equality on an enum column; values in API spelling ("designAndDevelopment"), any case.</summary>
    public static RegisterFilter<T> Equal<TEnum>(string name, Expression<Func<T, TEnum>> column, string description)
        where TEnum : struct, Enum =>
        new(name, description, [.. Enum.GetValues<TEnum>().Select(ApiNames.Of)], text =>
        {
            var match = Enum.GetValues<TEnum>().Where(v => string.Equals(ApiNames.Of(v), text, StringComparison.OrdinalIgnoreCase))
                .Select(v => (TEnum?)v).FirstOrDefault();
            return match is { } value
                ? (Equals(column, value), null)
                : (null, $"Unknown value '{text}'. Use one of: {ApiNames.ListOf<TEnum>()}.");
        });

    /// <summary>Equality on an id column (e.g. the owner).</summary>
    public static RegisterFilter<T> Equal(string name, Expression<Func<T, Guid>> column, string description) =>
        new(name, description, [], text => Guid.TryParse(text, CultureInfo.InvariantCulture, out var id)
            ? (Equals(column, id), null)
            : (null, $"'{text}' is not an id (a GUID such as 0190e7b2-5c3e-7c1a-9f00-000000000000)."));

    /// <summary>
    /// A filter a register defines itself, e.g. "has a link to clause 5.2" over a child collection. <paramref name="parse"/>
    /// gets the trimmed text and returns the predicate (values captured in a closure, so EF sends them as parameters) or
    /// the error message. When the rows a value selects change with time as well as with the records ("overdue"),
    /// <paramref name="countKey"/> must return a key that changes with it (e.g. the value and today's date), because
    /// list totals are cached per filter text until the next recorded change.
    /// </summary>
    public static RegisterFilter<T> Custom(string name, string description, IReadOnlyList<string> values,
        Func<string, (Expression<Func<T, bool>>? Predicate, string? Error)> parse, Func<string, string>? countKey = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(parse);
        return new(name, description, values, parse, countKey);
    }

    /// <summary>
    /// A filter whose rows depend on the organization's calendar day ("expired"): <paramref name="parse"/> and
    /// <paramref name="countKey"/> also get the organization's time zone (IANA id, null for UTC), and the count key must
    /// change with the day in that zone.
    /// </summary>
    public static RegisterFilter<T> InCalendar(string name, string description, IReadOnlyList<string> values,
        Func<string, string?, (Expression<Func<T, bool>>? Predicate, string? Error)> parse, Func<string, string?, string> countKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(countKey);
        return new(name, description, values, parse, countKey);
    }

    /// <summary>What the list total of this filter's <paramref name="text"/> is cached under.</summary>
    internal string CountKey(string text, string? timeZone) => _countKey?.Invoke(text, timeZone) ?? text.ToUpperInvariant();

    /// <summary>Rows the filter keeps, or an error under its name when the value cannot be read.</summary>
    internal IQueryable<T> Apply(IQueryable<T> query, string text, string? timeZone, IDictionary<string, string[]> errors)
    {
        var (predicate, error) = _parse(text.Trim(), timeZone);
        if (predicate is null)
        {
            errors[Name] = [error ?? $"'{text}' is not a valid value."];
            return query;
        }

        return query.Where(predicate);
    }

    // The value is captured as a member of a closure object, as the C# compiler would, so EF sends it as a parameter
    // (one cached plan for every value) rather than as a constant in the SQL.
    private static Expression<Func<T, bool>> Equals<TValue>(Expression<Func<T, TValue>> column, TValue value)
    {
        var captured = Expression.Property(Expression.Constant(new Captured<TValue>(value)), nameof(Captured<TValue>.Value));
        return Expression.Lambda<Func<T, bool>>(Expression.Equal(column.Body, captured), column.Parameters);
    }

    private sealed record Captured<TValue>(TValue Value);
}
