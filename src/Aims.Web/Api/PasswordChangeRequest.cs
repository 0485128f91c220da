namespace Aims.Web.Api;

/// <summary>Body of <c>POST /api/v1/me/password</c>.</summary>
public sealed class PasswordChangeRequest
{
    public string? CurrentPassword { get; set; }

    public string? NewPassword { get; set; }
}
