using Aims.Core.Common;

namespace Aims.Web.Components.Layout;

/// <summary>
/// What a person sees when a page fails: the rule's own message for access changes, a plain sentence otherwise —
/// never exception internals. The error boundary logs the full exception server-side.
/// </summary>
public static class PageErrors
{
    public static string Describe(Exception exception) => exception switch
    {
        ForbiddenException forbidden => forbidden.Message,
        NotFoundException => "This is no longer available to you: it was removed, or your membership of the organization ended.",
        ConcurrencyConflictException conflict => conflict.Message,
        _ => "Something went wrong on our side. The error was logged and nothing was changed; reload the page to continue.",
    };
}
