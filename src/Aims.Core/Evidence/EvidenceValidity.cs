namespace Aims.Core.Evidence;

/// <summary>Whether an evidence item still counts, computed from its valid-until date and today's date.</summary>
public enum EvidenceValidity
{
    /// <summary>No valid-until date, or one more than <see cref="EvidenceCalendar.ExpiresSoonDays"/> days away.</summary>
    Valid,

    /// <summary>Still valid, but its valid-until date is within <see cref="EvidenceCalendar.ExpiresSoonDays"/> days.</summary>
    ExpiresSoon,

    /// <summary>Its valid-until date has passed: it no longer shows the control is working and must be renewed.</summary>
    Expired,
}
