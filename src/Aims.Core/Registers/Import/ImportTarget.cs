using System.Text.Json;
using System.Text.Json.Nodes;
using Aims.Core.Access;
using Aims.Core.Data;
using Aims.Core.Registers.Editing;

namespace Aims.Core.Registers.Import;

/// <summary>
/// A register that takes imports: the fields a table's columns may name, the rules each row must pass (the same ones as
/// its create), and how a valid row becomes a record. <see cref="RegisterImport"/> does the rest for every register.
/// </summary>
public abstract class ImportTarget<TInput>
    where TInput : class
{
    /// <summary>The register's name in addresses ("datasets").</summary>
    public abstract string Register { get; }

    /// <summary>What one record is called ("dataset"), plural in messages by adding "s".</summary>
    public abstract string Noun { get; }

    public abstract string WritePermission { get; }

    /// <summary>The fields a column may name (by key or label); the required ones must have a column.</summary>
    public abstract IReadOnlyList<RegisterField> Fields { get; }

    /// <summary>A row's values (a JSON object, as the API would receive them) as the register's input type.</summary>
    public virtual TInput? Read(JsonObject body, JsonSerializerOptions json) => body.Deserialize<TInput>(json);

    /// <summary>A value two rows of one file must not share (a name unique in the register), or null.</summary>
    public virtual string? UniqueKey(TInput input) => null;

    /// <summary>Every rule of a create, adding each problem under its field; nothing is written.</summary>
    public abstract Task CheckAsync(AimsDbContext db, Caller caller, TInput input, ImportLookups lookups, FieldErrors errors, CancellationToken ct);

    /// <summary>Adds the record of a valid row to <paramref name="db"/> (saved with all the others, in one transaction).</summary>
    public abstract Task AddAsync(AimsDbContext db, Caller caller, TInput input, CancellationToken ct);

    /// <summary>Saves every added record; a register with unique values turns a violation into its readable answer.</summary>
    public abstract Task SaveAsync(AimsDbContext db, CancellationToken ct);
}
