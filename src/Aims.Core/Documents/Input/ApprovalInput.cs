namespace Aims.Core.Documents.Input;

/// <summary>
/// An approval's re-authentication and what it binds: the approver's <see cref="Password"/>, the authenticator
/// <see cref="Code"/> when they have two-factor sign-in, optionally the <see cref="Sha256"/> of the content they read
/// (refused with 409 when the version no longer has it) and a note.
/// </summary>
public sealed record ApprovalInput
{
    public string? Password { get; init; }
    public string? Code { get; init; }
    public string? Sha256 { get; init; }
    public string? Note { get; init; }
}
