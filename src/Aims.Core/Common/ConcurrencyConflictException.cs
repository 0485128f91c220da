namespace Aims.Core.Common;

/// <summary>
/// The record changed since the caller read it. <see cref="PreconditionFailed"/> is true when the caller stated the
/// version it expected (If-Match), which HTTP answers with 412; otherwise the write lost a race and gets 409.
/// </summary>
public sealed class ConcurrencyConflictException(string message, bool preconditionFailed) : Exception(message)
{
    public bool PreconditionFailed { get; } = preconditionFailed;
}
