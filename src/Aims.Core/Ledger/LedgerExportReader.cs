namespace Aims.Core.Ledger;

/// <summary>An opened export: its header and checkpoints, then its entries read on demand.</summary>
public sealed class LedgerExportReader : IDisposable
{
    private readonly StreamReader _reader;
    private readonly string _path;

    internal LedgerExportReader(string path, LedgerExportHeader header, StreamReader reader)
    {
        _path = path;
        _reader = reader;
        Header = header;
    }

    public LedgerExportHeader Header { get; }

    /// <summary>
    /// The checkpoints come before the entries in the file: they are read first so the walk knows which hashes to keep;
    /// then <paramref name="entries"/> streams the rest.
    /// </summary>
    public async Task<(List<LedgerCheckpoint> Checkpoints, IAsyncEnumerable<LedgerEntry> Entries)> ReadAsync(CancellationToken ct = default)
    {
        var checkpoints = new List<LedgerCheckpoint>();
        var body = LedgerExportFile.ReadBodyAsync(_path, Header.Chain, _reader, ct).GetAsyncEnumerator(ct);
        LedgerEntry? first = null;
        while (await body.MoveNextAsync())
        {
            if (body.Current.Checkpoint is { } checkpoint)
            {
                checkpoints.Add(checkpoint.ToCheckpoint());
            }
            else
            {
                first = body.Current.Entry;
                break;
            }
        }

        return (checkpoints, Rest(first, body));
    }

    public void Dispose() => _reader.Dispose();

    private static async IAsyncEnumerable<LedgerEntry> Rest(LedgerEntry? first, IAsyncEnumerator<(LedgerStatement? Checkpoint, LedgerEntry? Entry)> body)
    {
        await using (body)
        {
            if (first is null)
            {
                yield break;
            }

            yield return first;
            while (await body.MoveNextAsync())
            {
                yield return body.Current.Entry ?? throw new InvalidOperationException("A checkpoint follows the entries in the export file.");
            }
        }
    }
}
