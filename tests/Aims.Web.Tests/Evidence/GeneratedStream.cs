namespace Aims.Web.Tests.Evidence;

/// <summary>
/// A request body of any length that never exists in memory: CSV-like text lines produced on demand, read-only and
/// not seekable like a network stream. <see cref="BytesRead"/> tells how far the reader got.
/// </summary>
public sealed class GeneratedStream(long length) : Stream
{
    private static readonly byte[] Line = "42,alpha,0.125,true\n"u8.ToArray();

    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = (int)Math.Min(buffer.Length, length - BytesRead);
        for (var i = 0; i < n; i++)
        {
            buffer[i] = Line[(int)((BytesRead + i) % Line.Length)];
        }

        BytesRead += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
