using System.Linq.Expressions;
using Aims.Core.Common;

namespace Aims.Core.Registers.Editing;

/// <summary>Filters many registers share: active or archived, and where a planned review stands.</summary>
public static class EditedFilters
{
    public static RegisterFilter<T> Status<T>()
        where T : RegisterRecord =>
        RegisterFilter<T>.Custom("status", "active or archived (default: both).", ["active", "archived"], text =>
            text.ToUpperInvariant() switch
            {
                "ACTIVE" => (r => r.ArchivedAt == null, null),
                "ARCHIVED" => (r => r.ArchivedAt != null, null),
                _ => (null, $"Unknown value '{text}'. Use one of: active, archived."),
            });

    /// <summary>current, dueSoon or overdue, judged against today in the organization's calendar.</summary>
    public static RegisterFilter<T> Review<T>(Expression<Func<T, DateOnly>> reviewDate, TimeProvider clock)
        where T : RegisterRecord
    {
        ArgumentNullException.ThrowIfNull(reviewDate);
        ArgumentNullException.ThrowIfNull(clock);
        return RegisterFilter<T>.InCalendar("review",
            $"current, dueSoon (within {ReviewState.SoonDays} days) or overdue.",
            [.. Enum.GetValues<ReviewStatus>().Select(ApiNames.Of)],
            (text, zone) =>
            {
                var today = Organizations.OrganizationCalendar.For(zone).Today(clock.GetUtcNow());
                var soon = today.AddDays(ReviewState.SoonDays);
                return text.ToUpperInvariant() switch
                {
                    "OVERDUE" => (Compare(reviewDate, today, Expression.LessThan), null),
                    "DUESOON" => (And(Compare(reviewDate, today, Expression.GreaterThanOrEqual), Compare(reviewDate, soon, Expression.LessThanOrEqual)), null),
                    "CURRENT" => (Compare(reviewDate, soon, Expression.GreaterThan), null),
                    _ => (null, $"Unknown value '{text}'. Use one of: {ApiNames.ListOf<ReviewStatus>()}."),
                };
            },
            (text, zone) => $"{text.ToUpperInvariant()}@{Organizations.OrganizationCalendar.For(zone).Today(clock.GetUtcNow()):yyyy-MM-dd}");
    }

    // The day is captured as a closure member, so EF sends it as a parameter.
    private static Expression<Func<T, bool>> Compare<T>(Expression<Func<T, DateOnly>> column, DateOnly day,
        Func<Expression, Expression, BinaryExpression> compare)
    {
        var captured = Expression.Property(Expression.Constant(new Day(day)), nameof(Day.Value));
        return Expression.Lambda<Func<T, bool>>(compare(column.Body, captured), column.Parameters);
    }

    private static Expression<Func<T, bool>> And<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Expression.Lambda<Func<T, bool>>(Expression.AndAlso(left.Body, right.Body), left.Parameters);

    private sealed record Day(DateOnly Value);
}
