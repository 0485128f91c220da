using System.Security.Claims;
using System.Text.Encodings.Web;
using Aims.Core.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Aims.Web.Security;

/// <summary>Authenticates <c>Authorization: Bearer aims_…</c> against the hashed token store.</summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenService tokens,
    FailedTokenLimiter failures)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        // Not cancelled when the client goes away: the check is one indexed lookup (or none, when cached), while
        // cancelling it on PostgreSQL opens a connection to the server for the cancel request. A load generator
        // dropping 64 connections at once then sends 64 of those, and in the register benchmark that coincided with
        // pauses of the whole host (docs/performance.md, "Sixth pass").
        var found = await tokens.AuthenticateAsync(header["Bearer ".Length..].Trim(), CancellationToken.None);
        if (found is not { } match)
        {
            failures.RecordFailure(RateLimitSettings.ClientAddress(Context));
            // Never echo the presented value: it may be a real secret with a typo.
            return AuthenticateResult.Fail("The API token is unknown, expired or revoked.");
        }

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, match.User.Id.ToString("D")),
            new Claim(ClaimTypes.Name, match.User.Email ?? match.User.UserName ?? "token"),
            new Claim(AimsClaims.TokenOrganizationId, match.Token.OrganizationId.ToString("D")),
            new Claim(AimsClaims.TokenRole, match.Token.Role.ToString()),
            new Claim(AimsClaims.TokenId, match.Token.Id.ToString("D")),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
