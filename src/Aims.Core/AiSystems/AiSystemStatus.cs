namespace Aims.Core.AiSystems;

/// <summary>Records are never deleted; an AI system leaves the active register by being archived with a reason.</summary>
public enum AiSystemStatus
{
    Active = 0,
    Archived = 1,
}
