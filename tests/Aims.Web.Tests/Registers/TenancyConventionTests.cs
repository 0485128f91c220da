using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Ledger;
using Aims.Core.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Aims.Web.Tests.Registers;

/// <summary>
/// Tenancy by convention: every entity that belongs to an organization is scoped by the tenant query filter, so a
/// register added later cannot leak another organization's rows by forgetting it. Types that carry an organization
/// but must be read across organizations are listed here with the reason, so adding one is a visible decision.
/// </summary>
public sealed class TenancyConventionTests
{
    private static readonly Dictionary<Type, string> ReadAcrossOrganizations = new()
    {
        [typeof(Membership)] = "sign-in and the organization switcher list a person's organizations",
        [typeof(ApiToken)] = "a presented token is looked up before its organization is known",
        [typeof(LedgerEntry)] = "verification walks every chain; readers filter by organization explicitly",
        [typeof(Core.Reminders.Mail.OutboundMail)] = "the outbox sender delivers every organization's mail; nothing lists it per tenant",
    };

    public static TheoryData<string> EntityTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in Model().GetEntityTypes().Where(t => t.BaseType is null))
        {
            data.Add(type.ClrType.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EntityTypes))]
    public void An_entity_with_an_organization_is_tenant_filtered_or_named_as_read_across_organizations(string typeName)
    {
        var type = Model().GetEntityTypes().Single(t => t.ClrType.FullName == typeName);
        var hasOrganization = type.FindProperty(nameof(ITenantOwned.OrganizationId)) is not null;
        var tenantOwned = typeof(ITenantOwned).IsAssignableFrom(type.ClrType);
        var filtered = type.GetDeclaredQueryFilters().Count > 0;
        if (tenantOwned)
        {
            Assert.True(filtered, $"{type.ClrType.Name} is tenant-owned but has no tenant query filter.");
        }
        else if (hasOrganization)
        {
            Assert.True(ReadAcrossOrganizations.ContainsKey(type.ClrType),
                $"{type.ClrType.Name} has an OrganizationId but is not ITenantOwned: derive it from RegisterRecord (or implement " +
                "ITenantOwned), or list it here with the reason it must be read across organizations.");
        }
    }

    [Fact]
    public void The_tenant_filter_hides_other_organizations_rows()
    {
        using var db = new AimsDbContext(DatabaseServiceCollectionExtensions.BuildOptions(
            new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=:memory:", Path.GetTempPath())));
        db.TenantId = Guid.NewGuid();
        var sql = db.AiSystems.ToQueryString();
        Assert.Contains("\"OrganizationId\" = @", sql, StringComparison.Ordinal);
    }

    private static IModel Model()
    {
        using var db = new AimsDbContext(DatabaseServiceCollectionExtensions.BuildOptions(
            new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=:memory:", Path.GetTempPath())));
        return db.Model;
    }
}
