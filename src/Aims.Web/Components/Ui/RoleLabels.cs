using Aims.Core.Access;
using MudBlazor;

namespace Aims.Web.Components.Ui;

/// <summary>How roles read and look on screen, so the member and token pages (and later ones) show them alike.</summary>
public static class RoleLabels
{
    /// <summary>Most rights first: the order people scan a role picker in.</summary>
    public static IReadOnlyList<Role> All { get; } = [Role.Admin, Role.GovernanceLead, Role.Contributor, Role.Auditor, Role.Viewer];

    public static string Label(Role role) => RoleNames.Label(role);

    public static string Help(Role role) => role switch
    {
        Role.Admin => "Everything, including members and API tokens.",
        Role.GovernanceLead => "Edits, archives and restores records; reads the ledger.",
        Role.Contributor => "Registers and edits records.",
        Role.Auditor => "Reads everything, including the ledger; changes nothing.",
        Role.Viewer => "Reads the registers.",
        _ => "",
    };

    public static Color Color(Role role) => role switch
    {
        Role.Admin => MudBlazor.Color.Primary,
        Role.GovernanceLead => MudBlazor.Color.Secondary,
        Role.Contributor => MudBlazor.Color.Success,
        Role.Auditor => MudBlazor.Color.Info,
        _ => MudBlazor.Color.Default,
    };
}
