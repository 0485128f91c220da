using System.Text;
using System.Text.Json;

namespace Aims.Core.Ledger;

/// <summary>
/// Witness files: statements kept outside the database. The host appends each checkpoint to
/// <c>Aims:Ledger:WitnessPath</c> (one JSON line each); <c>aims ledger head</c> prints a document holding the
/// statements of the current heads. <see cref="Read"/> accepts both forms.
/// </summary>
public static class LedgerWitness
{
    public const string HeadFormat = "openaims-ledger-head-v1";

    private static readonly SemaphoreSlim AppendLock = new(1, 1);

    public static async Task AppendAsync(string path, IEnumerable<LedgerStatement> statements, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var text = new StringBuilder();
        foreach (var statement in statements)
        {
            text.Append(statement.ToJsonLine()).Append('\n');
        }

        if (text.Length == 0)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        // Append mode only: the file is meant to live where it can be made append-only (chattr +a, WORM storage).
        await AppendLock.WaitAsync(ct);
        try
        {
            await using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            await stream.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), ct);
            await stream.FlushAsync(ct);
        }
        finally
        {
            AppendLock.Release();
        }
    }

    /// <summary>Statements from a head document (<c>aims ledger head</c>) or a JSON-lines witness file.</summary>
    public static IReadOnlyList<LedgerStatement> Read(string path)
    {
        var text = File.ReadAllText(path);
        try
        {
            using var whole = JsonDocument.Parse(text);
            if (whole.RootElement.ValueKind == JsonValueKind.Object &&
                whole.RootElement.TryGetProperty("checkpoints", out var list))
            {
                return list.EnumerateArray().Select(LedgerStatement.Parse).ToList();
            }

            if (whole.RootElement.ValueKind == JsonValueKind.Object)
            {
                return [LedgerStatement.Parse(whole.RootElement)];
            }
        }
        catch (JsonException)
        {
            // Not one document: read it as JSON lines below.
        }

        var statements = new List<LedgerStatement>();
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                statements.Add(LedgerStatement.Parse(doc.RootElement));
            }
            catch (JsonException ex)
            {
                throw new InvalidOperationException($"{path} line {lineNumber} is not a ledger statement: {ex.Message}");
            }
        }

        return statements;
    }
}
