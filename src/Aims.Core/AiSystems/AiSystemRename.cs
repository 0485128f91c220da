namespace Aims.Core.AiSystems;

/// <summary>A duplicate name the AiSystemNameKey upgrade resolved: which system, old and new name, and whose name it kept.</summary>
public sealed record AiSystemRename(Guid OrganizationId, Guid SystemId, string OldName, string NewName, Guid KeptById);
