using Aims.Core.Access;
using Aims.Core.Reminders.MyWork;
using Aims.Core.Reminders.Notifications;
using Aims.Web.Api;
using Aims.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Aims.Web.Reminders;

/// <summary>
/// The caller's own work and reminders in an organization: <c>/api/v1/orgs/{org}/my-work</c> and
/// <c>/api/v1/orgs/{org}/notifications</c>. Always the caller's (for an API token: its user's), so
/// <see cref="Permissions.OrganizationRead"/> is all they need. Thin: the lists are built in Core.
/// </summary>
public static class MyWorkApi
{
    public static RouteGroupBuilder MapMyWorkApi(this RouteGroupBuilder org)
    {
        ArgumentNullException.ThrowIfNull(org);
        org.MapGet("/my-work", async Task<Ok<MyWorkList>> (HttpContext http, MyWorkService service) =>
                TypedResults.Ok(await service.GetAsync(Caller(http), http.RequestAborted)))
            .WithTags("My work").WithName("GetMyWork")
            .WithSummary("What waits for you here, soonest due first: approvals, acknowledgements, reviews, expiring evidence and tokens; dates in the organization's time zone")
            .RequirePermission(Permissions.OrganizationRead);

        var notifications = org.MapGroup("/notifications").WithTags("Notifications");
        notifications.MapGet("/", async Task<Ok<NotificationList>> (HttpContext http, NotificationService service) =>
            {
                var query = http.Request.Query;
                var unreadOnly = QueryValues.ParseBool(query["unread"], "unread") ?? false;
                var page = QueryValues.ParseInt(query["page"], "page", 1);
                var pageSize = QueryValues.ParseInt(query["pageSize"], "pageSize", Core.Registers.PageWindow.DefaultPageSize);
                return TypedResults.Ok(await service.ListAsync(Caller(http), unreadOnly, page, pageSize, http.RequestAborted));
            })
            .WithName("ListNotifications").WithSummary("Your reminders, newest first (unread=true for unread only), with the unread count")
            .RequirePermission(Permissions.OrganizationRead);

        notifications.MapPost("/{id:guid}/read", async Task<Ok<NotificationView>> (HttpContext http, NotificationService service, Guid id) =>
                TypedResults.Ok(await service.MarkReadAsync(Caller(http), id, http.RequestAborted)))
            .WithName("MarkNotificationRead").WithSummary("Mark one of your notifications read")
            .RequirePermission(Permissions.OrganizationRead);

        notifications.MapPost("/read-all", async Task<Ok<NotificationsMarked>> (HttpContext http, NotificationService service) =>
                TypedResults.Ok(new NotificationsMarked(await service.MarkAllReadAsync(Caller(http), http.RequestAborted))))
            .WithName("MarkAllNotificationsRead").WithSummary("Mark all your notifications here read; answers how many were unread")
            .RequirePermission(Permissions.OrganizationRead);

        return org;
    }

    private static Caller Caller(HttpContext http) => PermissionEndpointFilter.GetCaller(http);
}
