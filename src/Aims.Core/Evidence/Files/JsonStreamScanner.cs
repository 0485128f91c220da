using System.Buffers;
using System.Text.Json;

namespace Aims.Core.Evidence.Files;

/// <summary>
/// Checks that a stream holds one well-formed JSON object or array, reading it in chunks with
/// <see cref="Utf8JsonReader"/> so a 50 MB file never becomes a 50 MB document in memory. On the way it notes the
/// top-level <c>"schema"</c> string, which is how a computed evidence document announces itself.
/// </summary>
internal static class JsonStreamScanner
{
    private const int ChunkBytes = 65536;
    private const int MaxDepth = 256;

    /// <param name="Error">Why the content is not a JSON object or array (with its line and byte), null when it is.</param>
    /// <param name="Schema">The top-level object's <c>"schema"</c> string, if it has one.</param>
    internal sealed record Result(string? Error, string? Schema);

    public static async Task<Result> ScanAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        var scan = new Scan();
        var filled = 0;
        var atStart = true;
        try
        {
            while (true)
            {
                if (filled == buffer.Length)
                {
                    // One token (a long string) longer than the buffer: make room for it.
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await stream.ReadAsync(buffer.AsMemory(filled), cancellationToken);
                filled += read;
                var final = read == 0;
                if (atStart)
                {
                    if (filled < 3 && !final)
                    {
                        continue;
                    }

                    atStart = false;
                    if (filled >= 3 && buffer.AsSpan(0, 3).SequenceEqual("\uFEFF"u8))
                    {
                        buffer.AsSpan(3, filled - 3).CopyTo(buffer);
                        filled -= 3;
                    }
                }

                var consumed = scan.Advance(buffer.AsSpan(0, filled), final);
                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
                if (final)
                {
                    return scan.IsContainer ? new Result(null, scan.Schema) : new Result("the content is a single JSON value, not an object or array", null);
                }
            }
        }
        catch (JsonException e)
        {
            return new Result(Describe(e), null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Utf8JsonReader's message ends with zero-based "LineNumber: n | BytePositionInLine: m."; people count from one.
    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var what = (cut < 0 ? message : message[..cut]).TrimEnd('.', ' ');
        return e.LineNumber is { } line
            ? $"{what} (line {line + 1}, byte {e.BytePositionInLine + 1})"
            : what;
    }

    private sealed class Scan
    {
        private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        private JsonTokenType _root = JsonTokenType.None;
        private bool _schemaValueNext;

        public string? Schema { get; private set; }

        public bool IsContainer => _root is JsonTokenType.StartObject or JsonTokenType.StartArray;

        public int Advance(ReadOnlySpan<byte> data, bool final)
        {
            var reader = new Utf8JsonReader(data, final, _state);
            while (reader.Read())
            {
                if (_root == JsonTokenType.None)
                {
                    _root = reader.TokenType;
                }

                if (_schemaValueNext)
                {
                    _schemaValueNext = false;
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        Schema = reader.GetString();
                    }
                }
                else if (_root == JsonTokenType.StartObject && reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName
                         && Schema is null && reader.ValueTextEquals("schema"u8))
                {
                    _schemaValueNext = true;
                }
            }

            _state = reader.CurrentState;
            return checked((int)reader.BytesConsumed);
        }
    }
}
