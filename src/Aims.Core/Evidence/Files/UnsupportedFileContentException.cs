namespace Aims.Core.Evidence.Files;

/// <summary>
/// The bytes are none of the accepted kinds (or claim to be one and are broken); nothing was stored. The host answers
/// 415 with <see cref="Exception.Message"/>, which names what was found and what is allowed.
/// </summary>
public sealed class UnsupportedFileContentException(string detected)
    : Exception($"The file's content is not accepted: {detected}. Accepted are {StoredFileKinds.AllowedDescription}; the kind is decided from the content, not from the file name.")
{
    /// <summary>What the content was found to be, e.g. "HTML markup" or "a ZIP archive that is not a Word, Excel or PowerPoint file".</summary>
    public string Detected { get; } = detected;

    /// <summary>The kinds that would have been accepted.</summary>
    public IReadOnlyList<StoredFileKind> Allowed { get; } = StoredFileKinds.All;
}
