using Aims.Evidence.Input;

namespace Aims.Evidence.Tests.Input;

/// <summary>The native per-row buffers behind the Parquet reader: sizes, bounds and reuse.</summary>
public sealed class RowBufferTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    [InlineData(300_000)] // 1.2 MB of ints: the huge-page path on Linux
    [InlineData(1 << 20)]
    public void Holds_what_is_written_and_refuses_rows_beyond_its_capacity(int rows)
    {
        using var buffer = new RowBuffer<int>();
        buffer.EnsureCapacity(rows);
        Assert.Equal(rows, buffer.Capacity);

        var span = buffer.AsSpan(rows);
        for (var i = 0; i < rows; i++)
        {
            span[i] = i * 3;
        }

        Assert.Equal((rows - 1) * 3, buffer[rows - 1]);
        Assert.Equal(rows, buffer.AsSpan(rows).Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer[rows]);
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.AsSpan(rows + 1));
    }

    [Fact]
    public void Grows_only_when_asked_for_more_and_can_be_disposed_twice()
    {
        var buffer = new RowBuffer<double>();
        Assert.Equal(0, buffer.Capacity);
        buffer.EnsureCapacity(10);
        buffer.AsSpan(10).Fill(1.5);
        buffer.EnsureCapacity(5);
        Assert.Equal(10, buffer.Capacity);
        Assert.Equal(1.5, buffer[9]); // a smaller request keeps the buffer and its rows

        buffer.EnsureCapacity(500_000);
        Assert.Equal(500_000, buffer.Capacity);
        buffer.Dispose();
        Assert.Equal(0, buffer.Capacity);
        buffer.Dispose();
    }
}
