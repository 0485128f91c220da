using Aims.Catalogs;
using Aims.Core.Access;
using Aims.Core.AiSystems;
using Aims.Core.Common;
using Aims.Core.Documents;
using Aims.Core.Evidence;
using Aims.Core.Registers;

namespace Aims.Web.Registers;

/// <summary>One record a reference field can point to: its id as the API takes it, and what people read.</summary>
public sealed record RecordOption(string Value, string Label);

/// <summary>
/// What a reference field can point to (<see cref="Core.Registers.Editing.RegisterField.RefersTo"/>): the active records
/// of a register by name, or the catalog's controls and clauses. At most one page of records (200) is offered, and the
/// total says when there are more, so nothing is left out silently.
/// </summary>
public sealed class RecordOptions(EditedRegisters edited, DocumentService documents, EvidenceService evidence, AiSystemService systems)
{
    public async Task<(IReadOnlyList<RecordOption> Options, int Total)> LoadAsync(Caller caller, string refersTo, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        switch (refersTo)
        {
            case "controls":
                return ([.. CatalogLibrary.Iso42001.Controls.Select(c => new RecordOption(c.Id, $"{c.Id} {c.Title}"))], CatalogLibrary.Iso42001.Controls.Count);
            case "clauses":
                return ([.. CatalogLibrary.Iso42001.Clauses.Select(c => new RecordOption(c.Id, $"{c.Id} {c.Title}"))], CatalogLibrary.Iso42001.Clauses.Count);
            case "documents":
                return Page(await documents.Register.ListAsync(caller, Active(documents.Register.Definition, "title"), ct), d => (d.Id, d.Title));
            case "evidence":
                return Page(await evidence.Register.ListAsync(caller, Active(evidence.Register.Definition, "title"), ct), e => (e.Id, e.Title));
            case "ai-systems":
                return Page(await systems.Register.ListAsync(caller, Active(systems.Register.Definition, "name"), ct), s => (s.Id, s.Name));
        }

        var register = edited.Find(refersTo) ?? throw new ArgumentOutOfRangeException(nameof(refersTo), refersTo, "No such register.");
        var name = register.Columns.First(c => c.Key == register.Page.NameColumn);
        var query = new RegisterQuery
        {
            Sort = register.Page.NameColumn,
            PageSize = DomainRules.MaxPageSize,
            Filters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["status"] = "active" },
        };
        var page = await register.ListAsync(caller, query, ct);
        return ([.. page.Items.Select(v => new RecordOption(((IRegisterView)v).Id.ToString("D"), name.Value(v)?.ToString() ?? ""))], page.Total);
    }

    // Only what is in use: "status" is active, or Active for AI systems.
    private static RegisterQuery Active<T, TView>(RegisterDefinition<T, TView> definition, string sort)
        where T : RegisterRecord
    {
        var status = definition.Filters.FirstOrDefault(f => f.Name == "status");
        var active = status?.Values.FirstOrDefault(v => string.Equals(v, "active", StringComparison.OrdinalIgnoreCase));
        return new RegisterQuery
        {
            Sort = sort,
            PageSize = DomainRules.MaxPageSize,
            Filters = active is null
                ? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
                : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["status"] = active },
        };
    }

    private static (IReadOnlyList<RecordOption>, int) Page<TView>(PagedResult<TView> page, Func<TView, (Guid Id, string Label)> pick) =>
        ([.. page.Items.Select(pick).Select(p => new RecordOption(p.Id.ToString("D"), p.Label))], page.Total);
}
