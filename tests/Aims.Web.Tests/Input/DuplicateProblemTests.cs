using Aims.Core.Common;
using Aims.Web.Api;
using Microsoft.AspNetCore.Mvc;

namespace Aims.Web.Tests.Input;

/// <summary>A taken unique value is a 409 with the same per-field shape as a 400, so clients can show it on the field.</summary>
public sealed class DuplicateProblemTests
{
    [Fact]
    public void A_duplicate_value_is_409_naming_the_field()
    {
        var problem = Assert.IsType<ValidationProblemDetails>(ApiExceptionHandler.Map(new DuplicateValueException("name", "Taken.")));
        Assert.Equal(409, problem.Status);
        Assert.Equal(["Taken."], problem.Errors["name"]);
    }
}
