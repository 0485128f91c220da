using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Data;
using Aims.Core.Registers.Import;
using Microsoft.EntityFrameworkCore;

namespace Aims.Core.Registers.Editing;

/// <summary>
/// Create and edit for a register whose records are a set of declared <see cref="Fields"/>: the shared use cases come
/// from <see cref="Register"/>, the rules from the subclass in three parts — <see cref="Validate"/> (pure, so forms run
/// it as people type), <see cref="ValidateAsync"/> (what needs the database: owners are members, linked ids exist) and
/// <see cref="ApplyAsync"/> (the input onto the record). Nothing is stored unless every rule holds; the save is
/// ledgered in the same transaction.
/// </summary>
public abstract class RegisterEditor<T, TView, TInput>
    where T : RegisterRecord, new()
    where TView : IRegisterView
    where TInput : class
{
    private readonly IDbContextFactory<AimsDbContext> _dbFactory;

    protected RegisterEditor(RegisterDefinition<T, TView> definition, IDbContextFactory<AimsDbContext> dbFactory, RegisterListCache lists)
    {
        _dbFactory = dbFactory ?? throw new ArgumentNullException(nameof(dbFactory));
        Register = new Register<T, TView>(definition, dbFactory, lists);
    }

    public Register<T, TView> Register { get; }

    /// <summary>The editable fields in form order.</summary>
    public abstract IReadOnlyList<RegisterField> Fields { get; }

    /// <summary>The field of this key (declared in <see cref="Fields"/>).</summary>
    protected RegisterField Field(string key) => Fields.First(f => f.Key == key);

    /// <summary>The rules that need nothing but the input, with the messages the API answers.</summary>
    public FieldErrors Check(TInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new FieldErrors();
        Validate(input, errors);
        return errors;
    }

    /// <summary>An input holding a record's current values, for an edit form.</summary>
    public abstract TInput ToInput(TView view);

    protected abstract void Validate(TInput input, FieldErrors errors);

    protected virtual Task ValidateAsync(AimsDbContext db, Caller caller, TInput input, FieldErrors errors, CancellationToken ct) =>
        Task.CompletedTask;

    /// <summary>Copies the input onto the record (new or tracked) and replaces its links; runs only on valid input.</summary>
    protected abstract Task ApplyAsync(AimsDbContext db, Caller caller, T record, TInput input, CancellationToken ct);

    public async Task<TView> CreateAsync(Caller caller, TInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Register.Definition.Permissions.Write);
        await using var db = await _dbFactory.OpenForAsync(caller, ct);
        await CheckAllAsync(db, caller, input, ct);
        var record = new T { OrganizationId = caller.OrganizationId };
        db.Add(record);
        await ApplyAsync(db, caller, record, input, ct);
        await Register.SaveAsync(db, ct);
        return await Register.ViewAsync(db, record.Id, ct);
    }

    /// <summary>Replaces the editable fields; <paramref name="expectedVersion"/> (If-Match) refuses a stale edit.</summary>
    public async Task<TView> UpdateAsync(Caller caller, Guid id, TInput input, long? expectedVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(input);
        caller.Demand(Register.Definition.Permissions.Write);
        await using var db = await _dbFactory.OpenForAsync(caller, ct);
        var record = await Register.FindForChangeAsync(db, id, expectedVersion, ct);
        if (record.ArchivedAt is not null)
        {
            throw new ValidationFailedException("status",
                $"An archived {Register.Definition.Noun} cannot be edited; restore it first.");
        }

        await CheckAllAsync(db, caller, input, ct);
        await ApplyAsync(db, caller, record, input, ct);
        await Register.SaveAsync(db, ct);
        return await Register.ViewAsync(db, record.Id, ct);
    }

    private async Task CheckAllAsync(AimsDbContext db, Caller caller, TInput input, CancellationToken ct)
    {
        var errors = Check(input);
        await ValidateAsync(db, caller, input, errors, ct);
        ValidationFailedException.ThrowIfAny(errors);
    }

    /// <summary>The register as an import target: each row passes the rules of <see cref="CreateAsync"/> and is written as it writes.</summary>
    public ImportTarget<TInput> Importer => new EditorImport(this);

    /// <summary>A context scoped to the caller's organization, for a register's own use cases beside create and edit.</summary>
    protected Task<AimsDbContext> OpenAsync(Caller caller, CancellationToken ct) => _dbFactory.OpenForAsync(caller, ct);

    /// <summary>Trimmed text, or null for blank (never cut: the rules refused anything too long).</summary>
    protected static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private sealed class EditorImport(RegisterEditor<T, TView, TInput> editor) : ImportTarget<TInput>
    {
        public override string Register => editor.Register.Definition.Name;
        public override string Noun => editor.Register.Definition.Noun;
        public override string WritePermission => editor.Register.Definition.Permissions.Write;

        // A list of several-part entries has no single-cell form; it is entered on the record's page.
        public override IReadOnlyList<RegisterField> Fields => [.. editor.Fields.Where(f => f.Kind != FieldKind.Entries)];

        public override async Task CheckAsync(AimsDbContext db, Caller caller, TInput input, ImportLookups lookups, FieldErrors errors,
            CancellationToken ct)
        {
            editor.Validate(input, errors);
            await editor.ValidateAsync(db, caller, input, errors, ct);
        }

        public override async Task AddAsync(AimsDbContext db, Caller caller, TInput input, CancellationToken ct)
        {
            var record = new T { OrganizationId = caller.OrganizationId };
            db.Add(record);
            db.Memo.Created(record.Id);
            await editor.ApplyAsync(db, caller, record, input, ct);
        }

        public override Task SaveAsync(AimsDbContext db, CancellationToken ct) => editor.Register.SaveAsync(db, ct);
    }
}
