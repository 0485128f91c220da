using System.Reflection;
using Aims.Core.Access;
using Aims.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Aims.Web.Components.Ui;

/// <summary>
/// Base for every page under <c>/o/{Org}/…</c>. It resolves the <see cref="Caller"/> the same way the API does
/// (<see cref="CallerAccessor"/>: membership, system admin, token scope), so the UI cannot drift from the API's tenancy
/// rules. A page sees <see cref="Caller"/> only when the caller is a member whose role grants the page's declared
/// <see cref="RequiresPermissionAttribute"/>; pages wrap their markup in <c>OrgGate</c>, which renders "not found" or
/// "not allowed" instead of the data.
/// </summary>
public abstract class OrgPage : ComponentBase
{
    private string? _resolvedSlug;
    private string? _resolvedUser;

    /// <summary>The organization slug from the route.</summary>
    [Parameter]
    public string Org { get; set; } = "";

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private CallerAccessor Callers { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The caller in this organization; null unless <see cref="Access"/> is <see cref="OrgAccess.Granted"/>.</summary>
    protected Caller? Caller { get; private set; }

    /// <summary>The outcome of the lookup, for <c>OrgGate</c>.</summary>
    protected OrgAccess Access { get; private set; } = OrgAccess.Resolving;

    /// <summary>The role found in the organization, also when it is not enough for this page (for the message).</summary>
    protected Role? FoundRole { get; private set; }

    /// <summary>The permission the page declares with <see cref="RequiresPermissionAttribute"/>.</summary>
    protected string? RequiredPermission => GetType().GetCustomAttribute<RequiresPermissionAttribute>()?.Permission;

    /// <summary>Whether the caller's role grants <paramref name="permission"/>; used to hide actions the role lacks.</summary>
    protected bool Can(string permission) => Caller?.Can(permission) == true;

    protected sealed override async Task OnParametersSetAsync()
    {
        var principal = AuthenticationState is null ? null : (await AuthenticationState).User;
        var user = principal?.Identity?.Name;
        // Resolve once per organization (and user): parameter updates such as a new record id must not re-query membership.
        if (!string.Equals(_resolvedSlug, Org, StringComparison.Ordinal) || !string.Equals(_resolvedUser, user, StringComparison.Ordinal))
        {
            Access = OrgAccess.Resolving;
            Caller = null;
            FoundRole = null;
            var caller = principal is null ? null : await Callers.ResolveAsync(principal, Org, CancellationToken.None);
            _resolvedSlug = Org;
            _resolvedUser = user;
            FoundRole = caller?.Role;
            var permission = RequiredPermission;
            if (caller is null)
            {
                Access = OrgAccess.NotFound;
            }
            else if (caller.NeedsMfa)
            {
                // The organization requires a second factor this member has not set up: enrolment comes first.
                Access = OrgAccess.MfaRequired;
                var here = "/" + Navigation.ToBaseRelativePath(Navigation.Uri);
                Navigation.NavigateTo($"/account/mfa?required=true&returnUrl={Uri.EscapeDataString(here)}", forceLoad: true);
                return;
            }
            else if (permission is not null && !caller.Can(permission))
            {
                Access = OrgAccess.Forbidden;
            }
            else
            {
                Caller = caller;
                Access = OrgAccess.Granted;
            }
        }

        if (Caller is not null)
        {
            await OnOrgParametersSetAsync(Caller);
        }
    }

    /// <summary>Runs after every parameter update once access is granted; load the page's data here.</summary>
    protected virtual Task OnOrgParametersSetAsync(Caller caller) => Task.CompletedTask;

    /// <summary>Shows the not-found content instead of the page, e.g. when a record id does not exist in this organization.</summary>
    protected void MarkNotFound()
    {
        Caller = null;
        Access = OrgAccess.NotFound;
    }
}
