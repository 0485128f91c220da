namespace Aims.Web.Components.Pages.Account;

/// <summary>A form with one code field (the authenticator code at enrolment).</summary>
public sealed class CodeForm
{
    public string? Code { get; set; }
}
