using System.Security.Claims;
using Aims.Core.Access;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Aims.Web.Security;

/// <summary>
/// A Blazor circuit keeps the principal of the request that opened it, for as long as the tab stays open. This checks
/// its server-side session every minute, so a session ended elsewhere (sign-out in another tab, password change or
/// reset) also ends the open tabs: they fall back to the sign-in page instead of acting on. While the server shuts down
/// the check is skipped: its services are being disposed, and signing the tabs out then would only log errors (the
/// tabs reconnect to the restarted server and are checked there).
/// </summary>
public sealed class SessionRevalidatingStateProvider(ILoggerFactory loggerFactory, SessionStore sessions, IHostApplicationLifetime lifetime)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return true;
        }

        var user = authenticationState.User;
        return SessionCookieEvents.SessionOf(user) is { } session &&
               Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId) &&
               await sessions.CheckAsync(session, userId, cancellationToken) is not null;
    }
}
