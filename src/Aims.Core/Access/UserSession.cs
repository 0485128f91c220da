using Aims.Core.Ledger;

namespace Aims.Core.Access;

/// <summary>
/// One signed-in browser session. The session cookie carries this row's id; every request checks the row still exists,
/// so signing out (which deletes it) ends the session on every web node at once, and a copied cookie stops working.
/// Operational state, not a management-system record, hence not ledgered (sign-ins are not records an auditor samples).
/// </summary>
public sealed class UserSession : INotLedgered
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid UserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Last time a request used the session (refreshed at most every few minutes, not on every request).</summary>
    public DateTimeOffset LastSeenAt { get; set; }
}
