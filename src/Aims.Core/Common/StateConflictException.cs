namespace Aims.Core.Common;

/// <summary>
/// The record's state does not allow the change (a workflow refusal such as "version 1 is approved and immutable"):
/// HTTP 409 with the message under <see cref="Field"/>, so clients show it like a field error. Distinct from
/// <see cref="ConcurrencyConflictException"/> (someone else changed the record) and <see cref="DuplicateValueException"/>
/// (a unique value is taken): retrying the same request will not help; the state has to change first.
/// </summary>
public sealed class StateConflictException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;

    public IReadOnlyDictionary<string, string[]> Errors { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [field] = [message],
    };
}
