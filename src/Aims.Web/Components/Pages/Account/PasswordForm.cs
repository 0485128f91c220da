namespace Aims.Web.Components.Pages.Account;

/// <summary>The change-password form's fields.</summary>
public sealed class PasswordForm
{
    public string? CurrentPassword { get; set; }

    public string? NewPassword { get; set; }
}
