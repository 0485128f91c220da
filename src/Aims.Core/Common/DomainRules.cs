namespace Aims.Core.Common;

/// <summary>Field limits shared by validators, the database model and the UI's counters.</summary>
public static class DomainRules
{
    public const int NameMaxLength = 200;
    public const int ShortTextMaxLength = 2_000;
    public const int LongTextMaxLength = 8_000;
    public const int ReasonMaxLength = 1_000;
    public const int MaxPageSize = 200;
}
