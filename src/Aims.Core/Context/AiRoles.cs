using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Context;

/// <summary>The roles an organization can take towards AI, as ISO/IEC 22989 names them.</summary>
public enum AiStakeholderRole
{
    AiProvider,
    AiProducer,
    AiCustomer,
    AiPartner,
    AiSubject,
    RelevantAuthority,
}

/// <summary>The operator roles of the EU AI Act (Art. 3).</summary>
public enum OperatorRole
{
    Provider,
    Deployer,
    Importer,
    Distributor,
    AuthorisedRepresentative,
    ProductManufacturer,
}

/// <summary>
/// One role the organization holds towards AI (clause 4.1 asks it to determine them): for the organization as a whole,
/// or for one AI system, with the EU AI Act operator role beside it where the Act applies.
/// </summary>
public sealed class AiRoleAssignment : RegisterRecord
{
    public AiStakeholderRole Role { get; set; }
    public OperatorRole? OperatorRole { get; set; }

    /// <summary>The AI system the role is held for; null for the organization as a whole.</summary>
    public Guid? AiSystemId { get; set; }

    public string? Rationale { get; set; }
}

public sealed record AiRoleAssignmentInput
{
    public AiStakeholderRole? Role { get; init; }
    public OperatorRole? OperatorRole { get; init; }
    public Guid? AiSystemId { get; init; }
    public string? Rationale { get; init; }
}

public sealed record AiRoleAssignmentView(
    Guid Id, AiStakeholderRole Role, OperatorRole? OperatorRole, Guid? AiSystemId, string? AiSystemName, string? Rationale,
    DateTimeOffset? ArchivedAt, string? ArchiveReason, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset UpdatedAt,
    string UpdatedBy, long Version) : IRecordView;

public static class AiRoleLabels
{
    public static string Role(AiStakeholderRole role) => role switch
    {
        AiStakeholderRole.AiProvider => "AI provider",
        AiStakeholderRole.AiProducer => "AI producer",
        AiStakeholderRole.AiCustomer => "AI customer",
        AiStakeholderRole.AiPartner => "AI partner",
        AiStakeholderRole.AiSubject => "AI subject",
        _ => "Relevant authority",
    };

    public static string Operator(OperatorRole role) => role switch
    {
        OperatorRole.Provider => "Provider",
        OperatorRole.Deployer => "Deployer",
        OperatorRole.Importer => "Importer",
        OperatorRole.Distributor => "Distributor",
        OperatorRole.AuthorisedRepresentative => "Authorised representative",
        _ => "Product manufacturer",
    };
}

/// <summary>The register of the organization's AI roles.</summary>
public static class AiRoleRegister
{
    public const string Name = "ai-roles";

    public static RegisterDefinition<AiRoleAssignment, AiRoleAssignmentView> Definition { get; } = new()
    {
        Name = Name,
        Noun = "AI role",
        Permissions = EstablishmentPermissions.Register,
        Sorts = new RegisterSorts<AiRoleAssignment>(
            new SortField<AiRoleAssignment>("role").Then(r => r.Role).Then(r => r.Id),
            new SortField<AiRoleAssignment>("updatedAt").Then(r => r.UpdatedAt),
            new SortField<AiRoleAssignment>("createdAt").Then(r => r.CreatedAt)),
        Filters =
        [
            RegisterFilter<AiRoleAssignment>.Equal("role", r => r.Role, "Only this ISO/IEC 22989 role."),
            RegisterFilter<AiRoleAssignment>.Custom("aiSystemId", "Only roles held for this AI system (id), or 'organization' for the organization as a whole.",
                [], text => text.Equals("organization", StringComparison.OrdinalIgnoreCase)
                    ? (r => r.AiSystemId == null, null)
                    : Guid.TryParse(text, out var id) ? (r => r.AiSystemId == id, null) : (null, $"'{text}' is neither an id nor 'organization'.")),
            EditedFilters.Status<AiRoleAssignment>(),
        ],
        Search = new RegisterSearch<AiRoleAssignment>("AiRoleAssignmentSearch", "AiRoleAssignmentId", r => r.Rationale),
        Project = (db, roles) => roles.Select(r => new AiRoleAssignmentView(r.Id, r.Role, r.OperatorRole, r.AiSystemId,
            db.AiSystems.Where(s => s.Id == r.AiSystemId).Select(s => s.Name).FirstOrDefault(), r.Rationale,
            r.ArchivedAt, r.ArchiveReason, r.CreatedAt, r.CreatedBy, r.UpdatedAt, r.UpdatedBy, r.Version)),
        ListColumns = ["role", "for", "operatorRole", "rationale"],
        Columns =
        [
            new("id", "Id", r => r.Id),
            new("role", "Role (ISO/IEC 22989)", r => AiRoleLabels.Role(r.Role)),
            new("for", "Held for", r => r.AiSystemName ?? "The organization"),
            new("operatorRole", "EU AI Act operator role", r => r.OperatorRole is { } o ? AiRoleLabels.Operator(o) : null),
            new("rationale", "Why", r => r.Rationale),
            .. RecordColumns.Audit<AiRoleAssignmentView>(),
        ],
    };
}

/// <summary>Create and edit the organization's AI roles.</summary>
public sealed class AiRoleService(IDbContextFactory<AimsDbContext> dbFactory, RegisterListCache lists)
    : RegisterEditor<AiRoleAssignment, AiRoleAssignmentView, AiRoleAssignmentInput>(AiRoleRegister.Definition, dbFactory, lists)
{
    public override IReadOnlyList<RegisterField> Fields => Form;

    /// <summary>The fields in form order (also the CLI's options).</summary>
    public static IReadOnlyList<RegisterField> Form { get; } =
    [
        RegisterField.Choice<AiStakeholderRole>("role", "Role (ISO/IEC 22989)", AiRoleLabels.Role, help:
            "Clause 4.1 asks which roles the organization has towards AI; an organization often holds several, differently per system."),
        RegisterField.Reference("aiSystemId", "Held for AI system", "ai-systems", "Leave empty when the role is held for the organization as a whole."),
        new RegisterField("operatorRole", "EU AI Act operator role", FieldKind.Choice)
        {
            Choices = [.. Enum.GetValues<OperatorRole>().Select(o => new FieldChoice(Common.ApiNames.Of(o), AiRoleLabels.Operator(o)))],
            Help = "Where the AI Act applies: it decides which obligations fall on you for this system.",
        },
        RegisterField.Paragraphs("rationale", "Why", help: "What makes the organization hold this role (a contract, who places the system on the market…)."),
    ];

    protected override void Validate(AiRoleAssignmentInput input, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        errors.Choice(Field("role"), input.Role);
        errors.Choice(Field("operatorRole"), input.OperatorRole);
        errors.Text(Field("rationale"), input.Rationale);
    }

    protected override async Task ValidateAsync(AimsDbContext db, Caller caller, AiRoleAssignmentInput input, FieldErrors errors, CancellationToken ct)
    {
        if (input.AiSystemId is { } system)
        {
            await RecordLinks.CheckAsync(db, Field("aiSystemId"), [system], errors, ct);
        }
    }

    protected override Task ApplyAsync(AimsDbContext db, Caller caller, AiRoleAssignment record, AiRoleAssignmentInput input, CancellationToken ct)
    {
        record.Role = input.Role!.Value;
        record.OperatorRole = input.OperatorRole;
        record.AiSystemId = input.AiSystemId;
        record.Rationale = Clean(input.Rationale);
        return Task.CompletedTask;
    }

    public override AiRoleAssignmentInput ToInput(AiRoleAssignmentView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new() { Role = view.Role, OperatorRole = view.OperatorRole, AiSystemId = view.AiSystemId, Rationale = view.Rationale };
    }
}

internal sealed class AiRoleAssignmentConfiguration : Microsoft.EntityFrameworkCore.IEntityTypeConfiguration<AiRoleAssignment>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<AiRoleAssignment> b)
    {
        b.ToTable("AiRoleAssignments");
        b.Property(r => r.Role).HasConversion<string>().HasMaxLength(24);
        b.Property(r => r.OperatorRole).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.Rationale).HasMaxLength(Common.DomainRules.LongTextMaxLength);
        b.RegisterRecord();
        b.HasIndex(r => new { r.OrganizationId, r.Role, r.Id });
        b.HasIndex(r => new { r.OrganizationId, r.AiSystemId, r.Role });
        b.HasOne<AiSystems.AiSystem>().WithMany().HasForeignKey(r => r.AiSystemId).OnDelete(DeleteBehavior.Restrict);
    }
}
