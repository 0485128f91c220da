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
    private readonly Func<string, (Expression<Func<T, bool>>? Predicate, string? Error)> _parse;

    private RegisterFilter(string name, string description, IReadOnlyList<string> values,
        Func<string, (Expression<Func<T, bool>>?, string?)> parse)
    {
        Name = name;
        Description = description;
        Values = values;
        _parse = parse;
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
    /// A filter that reads its value itself: <paramref name="parse"/> returns the rows' predicate, or the message of the
    /// 400 naming the filter. Values the predicate uses should be captured locals (as the compiler captures them), so EF
    /// sends them as parameters. <paramref name="values"/> lists the accepted values when they are a fixed set.
    /// </summary>
    public static RegisterFilter<T> Matching(string name, string description, IReadOnlyList<string> values,
        Func<string, (Expression<Func<T, bool>>? Predicate, string? Error)> parse) =>
        new(name, description, values, parse);

    /// <summary>Rows the filter keeps, or an error under its name when the value cannot be read.</summary>
    internal IQueryable<T> Apply(IQueryable<T> query, string text, IDictionary<string, string[]> errors)
    {
        var (predicate, error) = _parse(text.Trim());
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
