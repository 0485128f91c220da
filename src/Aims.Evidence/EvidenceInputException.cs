namespace Aims.Evidence;

/// <summary>
/// A problem with the user's input (missing column, malformed row, unreadable file, …). The CLI turns it into a
/// one-line message and exit code 2 instead of a stack trace, so it must carry a message a user can act on.
/// </summary>
public sealed class EvidenceInputException : Exception
{
    /// <summary>Creates the exception with a user-facing message.</summary>
    public EvidenceInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a user-facing message and the low-level cause (kept for diagnostics only).</summary>
    public EvidenceInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a message; prefer the overloads with one.</summary>
    public EvidenceInputException()
        : base("Invalid evidence input.")
    {
    }
}
