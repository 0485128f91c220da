namespace Aims.Web.Components.Evidence;

/// <summary>
/// What the API answered a browser upload: the new or updated item's id on success, otherwise the problem's messages
/// per field (the API's names: <c>file</c>, <c>title</c>, <c>validUntil</c>…) and its general message.
/// </summary>
public sealed record UploadOutcome(int Status, Guid? Id, IReadOnlyDictionary<string, string[]> Errors, string? Message)
{
    public bool Succeeded => Status is >= 200 and < 300 && Id is not null;
}
