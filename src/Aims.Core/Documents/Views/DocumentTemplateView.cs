using Aims.Core.Documents.Templates;

namespace Aims.Core.Documents.Views;

/// <summary>
/// A starter template for the picker: what a document created from it starts with, what an auditor looks for, and how
/// many choices are left to decide. <see cref="Body"/> is filled when one template is read.
/// </summary>
public sealed record DocumentTemplateView(string Id, string Title, string Summary, DocumentType Type, IReadOnlyList<string> Clauses,
    IReadOnlyList<string> Controls, int ReviewIntervalMonths, string AuditorNote, int OpenChoices, string? Body)
{
    public static DocumentTemplateView Of(DocumentTemplate template, bool withBody)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new DocumentTemplateView(template.Id, template.Title, template.Summary, template.Type, template.Clauses, template.Controls,
            template.ReviewIntervalMonths, template.AuditorNote, TemplateBlanks.Find(template.Body).Count, withBody ? template.Body : null);
    }
}
