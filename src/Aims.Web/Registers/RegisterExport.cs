using System.Globalization;
using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Registers;
using Aims.Reporting;
using Aims.Reporting.Tables;

namespace Aims.Web.Registers;

/// <summary>
/// Writes a register's current filter as CSV or xlsx with the columns the list shows (declared once in the register's
/// definition). Everything that can be refused — permission, filters, format — is checked before the first byte, so a
/// bad request answers 400 problem+json, never a half-written file.
/// </summary>
public static class RegisterExport
{
    public static async Task WriteAsync<T, TView>(HttpContext http, Register<T, TView> register, Caller caller, RegisterQuery query)
        where T : RegisterRecord
        where TView : IRegisterView
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(caller);
        caller.Demand(register.Definition.Permissions.Read);
        register.Validate(query);
        var format = ParseFormat(http.Request.Query["format"]);
        var definition = register.Definition;
        var table = Columns(RegisterTables.For(definition.Columns), http.Request.Query["columns"]);
        var stem = $"{caller.OrganizationSlug}-{definition.Name}-{http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";
        http.Response.ContentType = format.ContentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{format.FileName(stem)}\"";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        await TableExport.WriteAsync(format, table,
            register.ExportAsync(caller, query, http.RequestAborted), http.Response.Body, Nouns.Plural(definition.CapitalizedNoun),
            http.RequestAborted);
    }

    /// <summary>The export format named by <c>format</c> (csv when absent); an unknown one is a 400 naming the field.</summary>
    public static ExportFormat ParseFormat(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ExportFormat.Csv;
        }

        return ExportFormat.TryParse(text, out var format) && format is not null
            ? format
            : throw new ValidationFailedException("format", $"Unknown format '{text}'. Use csv or xlsx.");
    }

    /// <summary>The columns named by <c>columns=a,b</c> (as the list on screen shows them), else every column.</summary>
    private static TableDefinition<TView> Columns<TView>(TableDefinition<TView> table, string? keys)
    {
        if (string.IsNullOrWhiteSpace(keys))
        {
            return table;
        }

        try
        {
            return table.Select(keys.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        catch (ArgumentException)
        {
            throw new ValidationFailedException("columns",
                $"Unknown or repeated column in '{keys}'. Use these, comma-separated: {string.Join(", ", table.Columns.Select(c => c.Key))}.");
        }
    }
}
