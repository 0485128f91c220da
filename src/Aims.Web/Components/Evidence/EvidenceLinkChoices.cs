using Aims.Core.Access;
using Aims.Core.AiSystems;
using Aims.Core.Common;
using Aims.Core.Documents;
using Aims.Core.Documents.Views;
using Aims.Core.Registers;

namespace Aims.Web.Components.Evidence;

/// <summary>
/// The AI systems and documents an evidence form offers to link to or refer to: active ones, one page of each by name
/// (a larger register is said so in the field's help rather than cut off silently). Documents only for a caller who
/// may read them.
/// </summary>
public sealed record EvidenceLinkChoices(IReadOnlyList<AiSystemView> Systems, int SystemsTotal,
    IReadOnlyList<DocumentView> Documents, int DocumentsTotal)
{
    public static async Task<EvidenceLinkChoices> LoadAsync(AiSystemService systems, DocumentService documents, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(systems);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(caller);
        var activeSystems = await systems.ListAsync(caller, new RegisterQuery
        {
            Sort = "name", PageSize = DomainRules.MaxPageSize, Filters = new Dictionary<string, string> { ["status"] = "active" },
        });
        if (!caller.Can(Permissions.DocumentsRead))
        {
            return new EvidenceLinkChoices(activeSystems.Items, activeSystems.Total, [], 0);
        }

        var activeDocuments = await documents.Register.ListAsync(caller, new RegisterQuery
        {
            Sort = "title", PageSize = DomainRules.MaxPageSize, Filters = new Dictionary<string, string> { ["archived"] = "false" },
        });
        return new EvidenceLinkChoices(activeSystems.Items, activeSystems.Total, activeDocuments.Items, activeDocuments.Total);
    }

    public string? SystemsNote => SystemsTotal > Systems.Count
        ? $"The first {Systems.Count} of {SystemsTotal} AI systems by name are listed here; links to others are kept."
        : null;

    public string? DocumentsNote => DocumentsTotal > Documents.Count
        ? $"The first {Documents.Count} of {DocumentsTotal} documents by title are listed here; links to others are kept."
        : null;

    /// <summary>The listed system's name; null when it is not among the listed choices.</summary>
    public string? SystemName(Guid id) => Systems.FirstOrDefault(s => s.Id == id)?.Name;

    /// <summary>The listed document's title; null when it is not among the listed choices.</summary>
    public string? DocumentTitle(Guid id) => Documents.FirstOrDefault(d => d.Id == id)?.Title;
}
