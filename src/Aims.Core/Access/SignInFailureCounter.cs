using Aims.Core.Ledger;

namespace Aims.Core.Access;

/// <summary>
/// Failed password attempts per sign-in address, kept for every address typed, whether or not an account has it, so
/// "locked" says nothing about which addresses exist. The key is a SHA-256 of the normalized address (typos and
/// foreign addresses are not stored in clear). Operational state, not ledgered.
/// </summary>
public sealed class SignInFailureCounter : INotLedgered
{
    public string Key { get; set; } = "";

    public int Failures { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }
}
