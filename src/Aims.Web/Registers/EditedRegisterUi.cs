using System.Text.Json;
using System.Text.Json.Nodes;
using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Ledger;
using Aims.Core.Registers;
using Aims.Core.Registers.Editing;
using Microsoft.Extensions.Options;

namespace Aims.Web.Registers;

/// <summary>What a register's pages say besides its fields and columns: the heading, what it is for, what an auditor
/// asks of it, and any section its record page adds (a party's requirements, an objective's measurements).</summary>
/// <param name="Title">The list page's heading ("Context of the organization").</param>
/// <param name="Clause">The clause or control the register serves ("4.1"), linked to the catalog.</param>
/// <param name="Intro">What the register holds and why, one paragraph.</param>
/// <param name="AuditorAsks">What a certification auditor will ask of it.</param>
/// <param name="NameColumn">The column that names a record (links to it in the list; the record page's heading).</param>
/// <param name="RecordSection">A component shown on the record page below its fields, given <c>Org</c>, <c>Caller</c>,
/// <c>RecordId</c> and <c>Changed</c>.</param>
/// <param name="Child">Records of another register that belong to this one, listed on its page (a party's requirements).</param>
public sealed record RegisterPageText(string Title, string Clause, string Intro, string AuditorAsks, string NameColumn, Type? RecordSection = null,
    RegisterChild? Child = null);

/// <summary>A register whose records belong to a record of another: its name, the field naming the parent (also its
/// list filter), the parent's column in its list (left out beside the parent), what the section is called and says when
/// empty, and values a new one starts with.</summary>
public sealed record RegisterChild(string Register, string ParentField, string ParentColumn, string Title, string Empty,
    IReadOnlyDictionary<string, bool>? Defaults = null);

/// <summary>
/// One edited register as the shared pages use it, without its types: views as objects, inputs as JSON objects (what the
/// form edits), converted with the API's JSON options so the form, the API and the CLI read a field the same way.
/// </summary>
public interface IEditedRegister
{
    string Name { get; }
    string Noun { get; }

    /// <summary>"a" or "an" before <see cref="Noun"/>.</summary>
    string Article { get; }

    RegisterPageText Page { get; }
    RegisterPermissions Permissions { get; }
    IReadOnlyList<RegisterField> Fields { get; }
    IReadOnlyList<RegisterColumn<object>> Columns { get; }
    IReadOnlyList<string> ListColumns { get; }
    IReadOnlyList<string> SortNames { get; }
    IReadOnlyList<(string Name, string Description, IReadOnlyList<string> Values)> Filters { get; }
    Task<PagedResult<object>> ListAsync(Caller caller, RegisterQuery query, CancellationToken ct = default);
    Task<object> GetAsync(Caller caller, Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<LedgerEntry>> HistoryAsync(Caller caller, Guid id, CancellationToken ct = default);
    Task<object> CreateAsync(Caller caller, JsonObject input, CancellationToken ct = default);

    /// <summary>The fields an import's columns may name.</summary>
    IReadOnlyList<RegisterField> ImportFields { get; }

    /// <summary>Checks (and with <paramref name="commit"/>, stores) a table of new records, all or nothing.</summary>
    Task<Core.Registers.Import.ImportResult> ImportAsync(Caller caller, Core.Registers.Import.ImportTable table, bool commit);
    Task<object> UpdateAsync(Caller caller, Guid id, JsonObject input, long version, CancellationToken ct = default);
    Task ArchiveAsync(Caller caller, Guid id, string reason, long version);
    Task RestoreAsync(Caller caller, Guid id);

    /// <summary>The problems of an input, per field, as the API would answer them (a number that is not one included).</summary>
    IReadOnlyDictionary<string, string[]> Check(JsonObject input);

    /// <summary>A record's current values as the form edits them.</summary>
    JsonObject ToInput(object view);

    /// <summary>A view as JSON (camelCase), for reading its fields by key.</summary>
    JsonObject ToJson(object view);
}

public sealed class EditedRegister<T, TView, TInput>(RegisterEditor<T, TView, TInput> editor, RegisterPageText page,
    IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, Core.Registers.Import.RegisterImport import) : IEditedRegister
    where T : RegisterRecord, new()
    where TView : IRegisterView
    where TInput : class
{
    private readonly JsonSerializerOptions _json = json.Value.SerializerOptions;
    private RegisterDefinition<T, TView> Definition => editor.Register.Definition;

    public string Name => Definition.Name;
    public string Noun => Definition.Noun;
    public string Article => Definition.Article;
    public RegisterPageText Page { get; } = page;
    public RegisterPermissions Permissions => Definition.Permissions;
    public IReadOnlyList<RegisterField> Fields => editor.Fields;

    public IReadOnlyList<RegisterColumn<object>> Columns { get; } =
        [.. editor.Register.Definition.Columns.Select(c => new RegisterColumn<object>(c.Key, c.Header, v => c.Value((TView)v)))];

    public IReadOnlyList<string> ListColumns => Definition.ListColumns;
    public IReadOnlyList<string> SortNames => Definition.Sorts.Names;

    public IReadOnlyList<(string Name, string Description, IReadOnlyList<string> Values)> Filters =>
        [.. Definition.Filters.Select(f => (f.Name, f.Description, f.Values))];

    public async Task<PagedResult<object>> ListAsync(Caller caller, RegisterQuery query, CancellationToken ct = default)
    {
        var page = await editor.Register.ListAsync(caller, query, ct);
        return new PagedResult<object>([.. page.Items.Cast<object>()], page.Total, page.Page, page.PageSize);
    }

    public async Task<object> GetAsync(Caller caller, Guid id, CancellationToken ct = default) => await editor.Register.GetAsync(caller, id, ct);

    public Task<IReadOnlyList<LedgerEntry>> HistoryAsync(Caller caller, Guid id, CancellationToken ct = default) =>
        editor.Register.HistoryAsync(caller, id, ct);

    public IReadOnlyList<RegisterField> ImportFields => editor.Importer.Fields;

    public Task<Core.Registers.Import.ImportResult> ImportAsync(Caller caller, Core.Registers.Import.ImportTable table, bool commit) =>
        import.RunAsync(editor.Importer, caller, table, _json, commit);

    public async Task<object> CreateAsync(Caller caller, JsonObject input, CancellationToken ct = default) =>
        await editor.CreateAsync(caller, Read(input), ct);

    public async Task<object> UpdateAsync(Caller caller, Guid id, JsonObject input, long version, CancellationToken ct = default) =>
        await editor.UpdateAsync(caller, id, Read(input), version, ct);

    public Task ArchiveAsync(Caller caller, Guid id, string reason, long version) => editor.Register.ArchiveAsync(caller, id, reason, version);

    public Task RestoreAsync(Caller caller, Guid id) => editor.Register.RestoreAsync(caller, id);

    public IReadOnlyDictionary<string, string[]> Check(JsonObject input) =>
        FormInput.Problems<TInput>(input, Fields, _json, editor.Check);

    public JsonObject ToInput(object view) => JsonSerializer.SerializeToNode(editor.ToInput((TView)view), _json)!.AsObject();

    public JsonObject ToJson(object view) => JsonSerializer.SerializeToNode((TView)view, _json)!.AsObject();

    private TInput Read(JsonObject input) => FormInput.Read<TInput>(input, Fields, _json);
}
