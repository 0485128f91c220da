using System.CommandLine;
using System.Text;
using Aims.Core.Documents;
using Aims.Core.Documents.Input;
using Aims.Core.Documents.Views;

namespace Aims.Cli.Commands;

/// <summary>
/// <c>aims documents list|get|export|create|add-version|submit|publish</c>: controlled documents over the REST API, for
/// keeping policies in a repository and publishing them from CI (as Markdown, or as files such as signed PDFs). List, get and export are the shared register verbs.
/// Approval is deliberately absent: it is a person's re-authenticated signature, which an API token cannot give.
/// </summary>
public static class DocumentsCommands
{
    public static Command Create(CliContext context)
    {
        var command = RegisterCommands.Create(context, DocumentRegister.Create(TimeProvider.System),
            "Controlled documents (via the REST API). Approving a version needs a person: sign in to OpenAIMS and approve it " +
            "there with your password (and authenticator code); API tokens, and so these commands, cannot approve.");
        var id = new Option<Guid>("--id") { Description = "The document's id.", Required = true };
        var number = new Option<int>("--version") { Description = "The version number (1, 2, …).", Required = true };
        command.Subcommands.Add(CreateDocument(context));
        command.Subcommands.Add(AddVersion(context, id));
        command.Subcommands.Add(Transition(context, id, number, "submit",
            "Freeze a draft for review (refused while [[to decide: …]] blanks remain)."));
        command.Subcommands.Add(Transition(context, id, number, "publish",
            "Put an approved version in force (the previous one becomes superseded); needs documents.approve."));
        return command;
    }

    private static Command CreateDocument(CliContext context)
    {
        var api = new ApiOptions();
        var title = new Option<string?>("--title") { Description = "Title (required unless --template gives it)." };
        var type = new Option<DocumentType?>("--type") { Description = "aiPolicy, topicPolicy, procedure, processDescription, plan, methodology, recordTemplate, externalOrigin or scopeStatement." };
        var template = new Option<string?>("--template") { Description = "Start from a starter template (e.g. ai-policy), with its first draft." };
        var clauses = new Option<string[]>("--clause") { Description = "ISO/IEC 42001 clause it serves, e.g. 5.2 (repeatable)." };
        var controls = new Option<string[]>("--control") { Description = "Annex A control it serves, e.g. A.2.2 (repeatable)." };
        var owner = new Option<Guid?>("--owner") { Description = "Owner's user id (default: the token's user)." };
        var review = new Option<int?>("--review-months") { Description = "Months between reviews, 1–60 (default 12)." };
        var create = new Command("create", "Create a document; prints its id.") { title, type, template, clauses, controls, owner, review };
        api.AddTo(create);
        create.SetAction(async (parse, ct) =>
        {
            using var client = api.Client(context, parse);
            var input = new DocumentInput
            {
                Title = parse.GetValue(title),
                Type = parse.GetValue(type),
                TemplateId = parse.GetValue(template),
                Clauses = parse.GetValue(clauses) is { Length: > 0 } c ? c : null,
                Controls = parse.GetValue(controls) is { Length: > 0 } k ? k : null,
                OwnerId = parse.GetValue(owner),
                ReviewIntervalMonths = parse.GetValue(review),
            };
            var created = await client.PostAsync<DocumentView>($"{api.OrgPath(parse)}/documents", input, ct);
            context.Output.WriteLine(created.Id.ToString("D"));
            return CliErrors.Ok;
        });
        return create;
    }

    private static Command AddVersion(CliContext context, Option<Guid> id)
    {
        var api = new ApiOptions();
        var file = new Option<string>("--file") { Description = "Markdown file with the body, exactly as stored (UTF-8); '-' reads standard input.", Required = true };
        var summary = new Option<string?>("--summary") { Description = "What changed in this version." };
        var asFile = new Option<bool>("--as-file")
        {
            Description = "Store the file itself as the version's content (a signed PDF, a Word document) instead of reading it as Markdown.",
        };
        var add = new Command("add-version", "Start the next version as a draft from a Markdown file (or, with --as-file, any accepted file); prints its number, status and SHA-256.")
        {
            id, file, summary, asFile,
        };
        api.AddTo(add);
        add.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (parse.GetValue(asFile))
            {
                var uploaded = await UploadAsync(context, api, parse, $"{api.OrgPath(parse)}/documents/{parse.GetValue(id):D}/versions/file",
                    path, parse.GetValue(summary), ct);
                context.Output.WriteLine($"version {uploaded.Number} {Core.Common.ApiNames.Of(uploaded.Status)} sha256:{uploaded.Sha256}");
                return CliErrors.Ok;
            }

            string body;
            if (path == "-")
            {
                using var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
                body = await stdin.ReadToEndAsync(ct);
            }
            else if (!File.Exists(path))
            {
                throw new CliException($"--file: no file '{path}'.");
            }
            else
            {
                body = await File.ReadAllTextAsync(path, new UTF8Encoding(false), ct);
            }

            using var client = api.Client(context, parse);
            var version = await client.PostAsync<DocumentVersionView>($"{api.OrgPath(parse)}/documents/{parse.GetValue(id):D}/versions",
                new DocumentVersionInput { Body = body, ChangeSummary = parse.GetValue(summary) }, ct);
            context.Output.WriteLine($"version {version.Number} {Core.Common.ApiNames.Of(version.Status)} sha256:{version.Sha256}");
            return CliErrors.Ok;
        });
        return add;
    }

    private static async Task<DocumentVersionView> UploadAsync(CliContext context, ApiOptions api, ParseResult parse, string path,
        string file, string? summary, CancellationToken ct)
    {
        var info = new FileInfo(file);
        if (file == "-" || !info.Exists)
        {
            throw new CliException($"--file: no file '{file}' (--as-file uploads a file from disk, not standard input).");
        }

        using var client = api.Client(context, parse, TimeSpan.FromMinutes(30));
        return await client.PostFileAsync<DocumentVersionView>(path, [("changeSummary", summary)], info,
            field => field switch { "file" => info.Name, "changeSummary" => "--summary", _ => field }, ct);
    }

    private static Command Transition(CliContext context, Option<Guid> id, Option<int> number, string action, string description)
    {
        var api = new ApiOptions();
        var command = new Command(action, description + " Prints the version's new status.") { id, number };
        api.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            using var client = api.Client(context, parse);
            var version = await client.PostAsync<DocumentVersionView>(
                $"{api.OrgPath(parse)}/documents/{parse.GetValue(id):D}/versions/{parse.GetValue(number)}/{action}", new { }, ct);
            context.Output.WriteLine($"version {version.Number} {Core.Common.ApiNames.Of(version.Status)} sha256:{version.Sha256}");
            return CliErrors.Ok;
        });
        return command;
    }
}
