namespace Aims.Core.Common;

/// <summary>
/// The value must be unique and another record already holds it (HTTP 409, naming the field, so the API can answer
/// RFC 9457 like a validation error and the UI can put the message on the field).
/// </summary>
public sealed class DuplicateValueException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;

    public IReadOnlyDictionary<string, string[]> Errors { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [field] = [message],
    };
}
