using Aims.Core.Common;
using Aims.Web.Components.Layout;

namespace Aims.Web.Tests;

/// <summary>Page failures read as sentences for people, never as exception internals.</summary>
public sealed class PageErrorsTests
{
    [Fact]
    public void Access_changes_explain_themselves_and_other_errors_hide_internals()
    {
        Assert.Contains("Reload", PageErrors.Describe(new ForbiddenException("membership", "Your role changed. Reload the page.")),
            StringComparison.Ordinal);
        Assert.Contains("membership", PageErrors.Describe(new NotFoundException("Organization")), StringComparison.Ordinal);
        var generic = PageErrors.Describe(new InvalidOperationException("Npgsql: password=hunter2 at Foo.Bar()"));
        Assert.DoesNotContain("hunter2", generic, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", generic, StringComparison.Ordinal);
    }
}
