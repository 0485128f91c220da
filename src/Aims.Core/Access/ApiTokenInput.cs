namespace Aims.Core.Access;

/// <summary>
/// What a person supplies to create a token for themselves. Role is nullable so a missing role is reported as missing
/// rather than silently becoming Viewer. The lifetime left out is <see cref="ApiTokenService.DefaultLifetimeDays"/>,
/// as in the UI and the CLI; a token that never expires takes an explicit <c>null</c>.
/// </summary>
public sealed record ApiTokenInput
{
    private readonly int? _expiresInDays = ApiTokenService.DefaultLifetimeDays;

    public string? Name { get; init; }
    public Role? Role { get; init; }

    /// <summary>1 to <see cref="ApiTokenService.MaxLifetimeDays"/>; null (given explicitly) means it never expires.</summary>
    public int? ExpiresInDays
    {
        get => _expiresInDays;
        init => _expiresInDays = value;
    }
}
