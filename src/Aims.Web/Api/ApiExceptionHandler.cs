using System.Text.Json;
using Aims.Core.Common;
using Aims.Core.Evidence.Files;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Aims.Web.Api;

/// <summary>
/// Turns exceptions on <c>/api</c> requests into RFC 9457 problem details (validation errors per field, no
/// internals for unexpected ones). UI requests fall through to the error page.
/// </summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        // The exception middleware has already re-pointed Request.Path; the original path says whether this was API.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path;
        if (!path.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var problem = Map(exception);
        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Path}", path);
        }

        httpContext.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    internal static ProblemDetails Map(Exception exception) => exception switch
    {
        ValidationFailedException v => Validation(v.Errors),
        // Same shape as a 400 (errors per field), so clients put "name is taken" on the field like any other error.
        DuplicateValueException d => new ValidationProblemDetails(d.Errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal))
        {
            Status = 409, Title = "Conflict", Detail = d.Message,
        },
        // A workflow refusal ("version 1 is approved and immutable"): 409 with the message on the field, like a duplicate.
        StateConflictException s => new ValidationProblemDetails(s.Errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal))
        {
            Status = 409, Title = "Conflict", Detail = s.Message,
        },
        // A gate not passed: what is missing, by kind, as a member of its own so clients can list it without parsing words.
        Aims.Core.AiSystems.Lifecycle.GateNotSatisfiedException g => new ValidationProblemDetails(new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["to"] = [g.Message],
        })
        {
            Status = 409, Title = "Gate not passed", Detail = g.Message,
            Extensions = { ["missingArtefacts"] = g.MissingArtefacts.Select(ApiNames.Of).ToArray() },
        },
        // An import refused as a whole: every problem with its line, as errors per "line N: field" and as a list to tabulate.
        Aims.Core.Registers.Import.ImportRefusedException r => new ValidationProblemDetails(r.Result.Errors
            .GroupBy(e => $"line {e.Line}: {e.Field}").ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray(), StringComparer.Ordinal))
        {
            Status = 400, Title = "The file was not imported", Detail = r.Message,
            Extensions = { ["rows"] = r.Result.Rows, ["importErrors"] = r.Result.Errors },
        },
        Aims.Reporting.Tables.Reading.TableFileException t => FileProblem(400, "The file cannot be read", t.Message),
        NotFoundException n => new ProblemDetails { Status = 404, Title = "Not found", Detail = n.Message },
        ForbiddenException f => new ProblemDetails { Status = 403, Title = "Forbidden", Detail = f.Message },
        ConcurrencyConflictException { PreconditionFailed: true } c =>
            new ProblemDetails { Status = 412, Title = "Precondition failed", Detail = c.Message },
        ConcurrencyConflictException c => new ProblemDetails { Status = 409, Title = "Conflict", Detail = c.Message },
        // The file is named like any invalid field, so clients (and the CLI) say which part of the upload was refused.
        FileTooLargeException t => FileProblem(413, "File too large", t.Message),
        UnsupportedFileContentException u => FileProblem(415, "Unsupported file content", u.Message),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } b => FileProblem(413, "Request too large", b.Message),
        BadHttpRequestException b => BadRequest(b),
        // A record names bytes the store does not hold: the files folder was not restored with the database, or a file
        // was removed by hand. Worth saying plainly; it is not the client's fault.
        StoredFileNotFoundException m => new ProblemDetails
        {
            Status = 500, Title = "Stored file missing",
            Detail = m.Message + " Restore the files folder (Aims:Files:Root) from the backup taken with the database.",
        },
        DbUpdateException => new ProblemDetails
        {
            Status = 409, Title = "Conflict",
            Detail = "The change conflicts with existing data (for example a duplicate value).",
        },
        _ => new ProblemDetails
        {
            Status = 500, Title = "Internal error",
            Detail = "Something went wrong on our side. The error was logged; nothing was changed.",
        },
    };

    private static ValidationProblemDetails BadRequest(BadHttpRequestException exception)
    {
        if (exception.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return Validation(new Dictionary<string, string[]>
            {
                ["Content-Type"] = ["Send the request body as JSON with 'Content-Type: application/json'."],
            });
        }

        if (exception.InnerException is JsonException json)
        {
            var field = FieldFromJsonPath(json.Path);
            var message = field == "body"
                ? "The request body is not valid JSON" + Position(json) + "."
                : $"The value of '{field}' is not valid" + Position(json) + ". " + Hint(json);
            return Validation(new Dictionary<string, string[]> { [field] = [message.Trim()] });
        }

        return Validation(new Dictionary<string, string[]> { ["request"] = [exception.Message] });
    }

    private static ValidationProblemDetails FileProblem(int status, string title, string message) =>
        new(new Dictionary<string, string[]> { ["file"] = [message] }) { Status = status, Title = title, Detail = message };

    /// <summary>The one shape of a 400 answer: every invalid field with its messages.</summary>
    internal static ValidationProblemDetails Validation(IReadOnlyDictionary<string, string[]> errors) =>
        new(errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal))
        {
            Status = 400,
            Title = "One or more fields are invalid",
        };

    /// <summary>"$.lifecycleStage" → "lifecycleStage"; "$.owner.id" → "owner.id"; "$" or none → "body".</summary>
    internal static string FieldFromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "body";
        }

        var trimmed = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return trimmed.Length == 0 ? "body" : trimmed;
    }

    private static string Position(JsonException json) =>
        json.LineNumber is { } line ? $" (line {line + 1}, position {json.BytePositionInLine + 1})" : "";

    // System.Text.Json names the type it could not convert to ("…converted to System.Nullable`1[Aims.Core.Context.OperatorRole].
    // Path: $.operatorRole…"): when it is one of our enumerations, the answer lists its values, whichever register sent it.
    private static readonly System.Text.RegularExpressions.Regex CoreType = new(@"Aims\.Core(?:\.\w+)+", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static string Hint(JsonException json)
    {
        var type = CoreType.Matches(json.Message).Select(m => typeof(ApiNames).Assembly.GetType(m.Value)).FirstOrDefault(t => t is { IsEnum: true });
        return type is null
            ? ""
            : $"Use one of: {string.Join(", ", Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName))}.";
    }
}
