using System.Globalization;
using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Readiness;
using Aims.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Aims.Web.Readiness;

/// <summary>Readiness for certification, computed from the records: <c>/api/v1/orgs/{org}/readiness</c>.</summary>
public static class ReadinessApi
{
    public static RouteGroupBuilder MapReadinessApi(this RouteGroupBuilder org)
    {
        ArgumentNullException.ThrowIfNull(org);
        var group = org.MapGroup("/readiness").WithTags("Readiness");
        group.MapGet("/", async Task<Ok<ReadinessReport>> (HttpContext http, ReadinessService readiness, [FromQuery] string? at) =>
                TypedResults.Ok(await readiness.EvaluateAsync(PermissionEndpointFilter.GetCaller(http), Day(at, "at"), http.RequestAborted)))
            .WithName("GetReadiness")
            .WithSummary("Every clause 4–10 and Annex A control with status (met, partial, notMet), score and reasons; at=YYYY-MM-DD for a past day")
            .RequirePermission(Permissions.ReadinessRead);

        group.MapGet("/trend", async Task<Ok<IReadOnlyList<ReadinessTrendPoint>>> (HttpContext http, ReadinessService readiness,
                TimeProvider clock, [FromQuery] string? from, [FromQuery] string? to) =>
            {
                var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                var end = Day(to, "to") ?? today.AddDays(1); // a day ahead of UTC covers every zone's today
                var start = Day(from, "from") ?? end.AddDays(-90);
                if (start > end)
                {
                    throw new ValidationFailedException("from", "'from' must not be after 'to'.");
                }

                var points = await readiness.TrendAsync(PermissionEndpointFilter.GetCaller(http), start, end, http.RequestAborted);
                IReadOnlyList<ReadinessTrendPoint> result = [.. points.Select(p => new ReadinessTrendPoint(p.Day, p.Score))];
                return TypedResults.Ok(result);
            })
            .WithName("GetReadinessTrend").WithSummary("The overall score of each recorded day (default: the last 90 days)")
            .RequirePermission(Permissions.ReadinessRead);
        return org;
    }

    private static DateOnly? Day(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new ValidationFailedException(field, $"'{text}' is not a date in the form YYYY-MM-DD.");
    }
}
