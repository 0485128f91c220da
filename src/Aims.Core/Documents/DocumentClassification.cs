namespace Aims.Core.Documents;

/// <summary>
/// Who may see a controlled document outside the management system (7.5.3: documented information is protected
/// against loss of confidentiality). Stored as its number, so sorting goes from least to most sensitive.
/// </summary>
public enum DocumentClassification
{
    /// <summary>May be published outside the organization (e.g. an AI policy communicated to interested parties).</summary>
    Public,

    /// <summary>For the organization's people and contractors only.</summary>
    Internal,

    /// <summary>For named people only; its disclosure would harm the organization or others.</summary>
    Confidential,
}
