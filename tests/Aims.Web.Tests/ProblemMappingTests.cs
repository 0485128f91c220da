using Aims.Core.Common;
using Aims.Web.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Aims.Web.Tests;

/// <summary>How failures become problem details: right status, field names kept, internals never exposed.</summary>
public sealed class ProblemMappingTests
{
    [Fact]
    public void Unexpected_errors_are_500_without_internals()
    {
        var problem = ApiExceptionHandler.Map(new InvalidOperationException("connection string Password=hunter2 failed at X.Y()"));
        Assert.Equal(500, problem.Status);
        Assert.DoesNotContain("hunter2", problem.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("X.Y", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Lost_races_are_409_and_stale_preconditions_412()
    {
        Assert.Equal(409, ApiExceptionHandler.Map(new ConcurrencyConflictException("changed", preconditionFailed: false)).Status);
        Assert.Equal(412, ApiExceptionHandler.Map(new ConcurrencyConflictException("changed", preconditionFailed: true)).Status);
        Assert.Equal(409, ApiExceptionHandler.Map(new DbUpdateException("unique violation")).Status);
    }

    [Fact]
    public void Validation_errors_keep_each_field()
    {
        var problem = Assert.IsType<ValidationProblemDetails>(ApiExceptionHandler.Map(new ValidationFailedException(
            new Dictionary<string, string[]> { ["name"] = ["Name is required."], ["ownerId"] = ["Not a member."] })));
        Assert.Equal(400, problem.Status);
        Assert.Equal(["name", "ownerId"], problem.Errors.Keys.Order().ToArray());
    }

    [Theory]
    [InlineData("$.lifecycleStage", "lifecycleStage")]
    [InlineData("$.owner.id", "owner.id")]
    [InlineData("$", "body")]
    [InlineData(null, "body")]
    public void Json_paths_become_field_names(string? path, string field) =>
        Assert.Equal(field, ApiExceptionHandler.FieldFromJsonPath(path));

    [Fact]
    public void Not_found_and_forbidden_map_to_404_and_403()
    {
        Assert.Equal(404, ApiExceptionHandler.Map(new NotFoundException("AI system")).Status);
        Assert.Equal(403, ApiExceptionHandler.Map(new ForbiddenException("ai-systems.write")).Status);
        Assert.Equal(400, ApiExceptionHandler.Map(new BadHttpRequestException("bad", StatusCodes.Status400BadRequest)).Status);
    }
}
