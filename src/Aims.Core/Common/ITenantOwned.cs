namespace Aims.Core.Common;

/// <summary>Marks records that belong to exactly one organization; a global query filter scopes them.</summary>
public interface ITenantOwned
{
    Guid OrganizationId { get; set; }
}
