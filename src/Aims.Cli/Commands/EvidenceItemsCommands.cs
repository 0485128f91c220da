using System.CommandLine;
using System.Text.Json;
using Aims.Core.Common;
using Aims.Core.Evidence;

namespace Aims.Cli.Commands;

/// <summary>
/// <c>aims evidence-items list|get|export|upload|add-file</c>: the evidence library over the REST API. List, get and
/// export are the shared register verbs; upload and add-file put files in. Named apart from <c>aims evidence
/// fairness|drift</c> (the offline engine, which the evidence-only native build carries alone): a document those
/// commands write is uploaded here like any file, and the server recognises it.
/// </summary>
public static class EvidenceItemsCommands
{
    // Large files over slow links: the request may take far longer than the API client's default minute.
    private static readonly TimeSpan UploadTimeout = TimeSpan.FromMinutes(30);

    // The API's field names as this command's options, so a refusal points at what to change on the command line.
    private static readonly Dictionary<string, string> Options = new(StringComparer.Ordinal)
    {
        ["title"] = "--title", ["description"] = "--description", ["controls"] = "--control", ["clauses"] = "--clause",
        ["aiSystemIds"] = "--system", ["documentIds"] = "--document", ["effectiveDate"] = "--effective-date",
        ["validUntil"] = "--valid-until", ["ownerId"] = "--owner",
    };

    public const string Name = "evidence-items";

    public static Command Create(CliContext context)
    {
        var command = RegisterCommands.Create(context, EvidenceRegister.Create(TimeProvider.System),
            "The evidence library (via the REST API): list, show, export and upload evidence.", Name);
        command.Subcommands.Add(Upload(context));
        command.Subcommands.Add(AddFile(context));
        return command;
    }

    private static Command Upload(CliContext context)
    {
        var api = new ApiOptions();
        var file = new Argument<FileInfo>("FILE") { Description = "The file to upload (PDF, PNG, JPEG, Office, CSV, text, Markdown, JSON or Parquet)." };
        var effective = new Option<string?>("--effective-date") { Description = "From when the evidence speaks, YYYY-MM-DD (default: today)." };
        var validUntil = new Option<string?>("--valid-until") { Description = "Last day it counts, YYYY-MM-DD (default: no expiry)." };
        var json = new Option<bool>("--json") { Description = "Print the created item as JSON." };

        var title = new Option<string>("--title") { Description = "What the evidence is, as an auditor will read it.", Required = true };
        var description = new Option<string?>("--description") { Description = "More about it." };
        var controls = new Option<string[]>("--control") { Description = "An Annex A control it supports, e.g. A.6.2.4 (repeat for more)." };
        var clauses = new Option<string[]>("--clause") { Description = "A clause it supports, e.g. 8.2 (repeat for more)." };
        var systems = new Option<string[]>("--system") { Description = "An AI system id it concerns (repeat for more)." };
        var documents = new Option<string[]>("--document") { Description = "A document id it supports (repeat for more)." };
        var owner = new Option<string?>("--owner") { Description = "Owner's user id (default: the token's user)." };
        var upload = new Command("upload", "Upload a file as a new evidence item; prints its id and SHA-256.")
        {
            file, title, description, controls, clauses, systems, documents, effective, validUntil, owner, json,
        };
        api.AddTo(upload);
        upload.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var fields = new List<(string, string?)>
            {
                ("title", parse.GetValue(title)), ("description", parse.GetValue(description)), ("ownerId", parse.GetValue(owner)),
                ("effectiveDate", parse.GetValue(effective)), ("validUntil", parse.GetValue(validUntil)),
            };
            fields.AddRange((parse.GetValue(controls) ?? []).Select(c => ("controls", (string?)c)));
            fields.AddRange((parse.GetValue(clauses) ?? []).Select(c => ("clauses", (string?)c)));
            fields.AddRange((parse.GetValue(systems) ?? []).Select(s => ("aiSystemIds", (string?)s)));
            fields.AddRange((parse.GetValue(documents) ?? []).Select(d => ("documentIds", (string?)d)));
            var created = await SendAsync(context, api, parse, $"{api.OrgPath(parse)}/{EvidenceRegister.Name}", path, fields, ct);
            Print(context, created, parse.GetValue(json));
            return CliErrors.Ok;
        });
        return upload;
    }

    private static Command AddFile(CliContext context)
    {
        var api = new ApiOptions();
        var id = new Argument<Guid>("ID") { Description = "The evidence item's id." };
        var file = new Argument<FileInfo>("FILE") { Description = "The new file." };
        var effective = new Option<string?>("--effective-date") { Description = "From when the new file speaks, YYYY-MM-DD (default: today)." };
        var validUntil = new Option<string?>("--valid-until") { Description = "Last day it counts, YYYY-MM-DD (default: no expiry)." };
        var json = new Option<bool>("--json") { Description = "Print the item as JSON." };
        var addFile = new Command("add-file", "Upload a new file for an evidence item; the previous files stay downloadable.")
        {
            id, file, effective, validUntil, json,
        };
        api.AddTo(addFile);
        addFile.SetAction(async (parse, ct) =>
        {
            var updated = await SendAsync(context, api, parse, $"{api.OrgPath(parse)}/{EvidenceRegister.Name}/{parse.GetValue(id):D}/files",
                parse.GetValue(file)!, [("effectiveDate", parse.GetValue(effective)), ("validUntil", parse.GetValue(validUntil))], ct);
            Print(context, updated, parse.GetValue(json));
            return CliErrors.Ok;
        });
        return addFile;
    }

    // The fields go first, so the server checks them before it reads the file; the file streams from disk.
    private static async Task<EvidenceItemView> SendAsync(CliContext context, ApiOptions api, ParseResult parse, string path, FileInfo file,
        IEnumerable<(string Name, string? Value)> fields, CancellationToken ct)
    {
        if (!file.Exists)
        {
            throw new CliException($"{file.FullName}: no such file.");
        }

        using var client = api.Client(context, parse, UploadTimeout);
        return await client.PostFileAsync<EvidenceItemView>(path, fields, file,
            field => field == "file" ? file.Name : Options.GetValueOrDefault(field, field), ct);
    }

    private static void Print(CliContext context, EvidenceItemView item, bool json)
    {
        if (json)
        {
            context.Output.WriteLine(JsonSerializer.Serialize(item, ApiClient.Json));
            return;
        }

        context.Output.WriteLine($"id:       {item.Id:D}");
        context.Output.WriteLine($"sha256:   {item.Sha256}");
        context.Output.WriteLine($"kind:     {ApiNames.Of(item.Kind)}");
        context.Output.WriteLine($"validity: {TerminalText.Escape(item.Validity.Reason)}");
    }
}
