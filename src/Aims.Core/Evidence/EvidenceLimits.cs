namespace Aims.Core.Evidence;

/// <summary>Field limits of the evidence library, shared by the validator and the database model.</summary>
public static class EvidenceLimits
{
    public const int UrlMaxLength = 2_048;
    public const int FileNameMaxLength = 255;
    public const int TargetIdMaxLength = 64;

    /// <summary>Links of one type on one item (controls, clauses, AI systems, documents).</summary>
    public const int MaxLinksPerType = 200;
}
