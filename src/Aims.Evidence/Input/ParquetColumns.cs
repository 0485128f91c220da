using System.Buffers;
using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace Aims.Evidence.Input;

/// <summary>Reads one Parquet column of a row group into reusable buffers, whatever its physical type.</summary>
internal static class ParquetColumns
{
    public static bool IsText(DataField field) => field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);

    /// <summary>Numeric and boolean columns as doubles (null → NaN, bool → 0/1).</summary>
    public static async Task ReadDoublesAsync(ParquetRowGroupReader rg, DataField field, double[] dest, int n, CancellationToken ct)
    {
        var t = field.ClrType;
        if (t == typeof(double))
        {
            await ReadAsync<double>(rg, field, dest, n, v => v, ct);
        }
        else if (t == typeof(float))
        {
            await ReadAsync<float>(rg, field, dest, n, v => v, ct);
        }
        else if (t == typeof(int))
        {
            await ReadAsync<int>(rg, field, dest, n, v => v, ct);
        }
        else if (t == typeof(long))
        {
            await ReadAsync<long>(rg, field, dest, n, v => v, ct);
        }
        else if (t == typeof(short))
        {
            await ReadAsync<short>(rg, field, dest, n, v => v, ct);
        }
        else if (t == typeof(sbyte))
        {
            await ReadAsync<sbyte>(rg, field, dest, n, v => v, ct);
        }
        else if (t == typeof(byte))
        {
            await ReadAsync<byte>(rg, field, dest, n, v => v, ct);
        }
        else if (t == typeof(ushort))
        {
            await ReadAsync<ushort>(rg, field, dest, n, v => v, ct);
        }
        else if (t == typeof(uint))
        {
            await ReadAsync<uint>(rg, field, dest, n, v => v, ct);
        }
        else if (t == typeof(ulong))
        {
            await ReadAsync<ulong>(rg, field, dest, n, v => v, ct);
        }
        else if (t == typeof(bool))
        {
            await ReadAsync<bool>(rg, field, dest, n, v => v ? 1 : 0, ct);
        }
        else if (t == typeof(decimal))
        {
            await ReadAsync<decimal>(rg, field, dest, n, v => (double)v, ct);
        }
        else
        {
            throw new EvidenceInputException($"Column '{field.Name}' has Parquet type {t.Name}, which cannot be read as a number.");
        }
    }

    private static async Task ReadAsync<T>(ParquetRowGroupReader rg, DataField field, double[] dest, int n, Func<T, double> convert, CancellationToken ct)
        where T : struct
    {
        // Pooled buffers: a fresh row-group-sized array per column would land on the LOH each time and inflate RSS.
        if (field.IsNullable)
        {
            var buffer = ArrayPool<T?>.Shared.Rent(n);
            try
            {
                await rg.ReadAsync(field, buffer.AsMemory(0, n), null, ct);
                for (var i = 0; i < n; i++)
                {
                    dest[i] = buffer[i] is { } v ? convert(v) : double.NaN;
                }
            }
            finally
            {
                ArrayPool<T?>.Shared.Return(buffer);
            }
        }
        else
        {
            var buffer = ArrayPool<T>.Shared.Rent(n);
            try
            {
                await rg.ReadAsync(field, buffer.AsMemory(0, n), null, ct);
                for (var i = 0; i < n; i++)
                {
                    dest[i] = convert(buffer[i]);
                }
            }
            finally
            {
                ArrayPool<T>.Shared.Return(buffer);
            }
        }
    }

    public static async Task<ParquetReader> OpenAsync(Stream stream, string path, CancellationToken ct)
    {
        try
        {
            return await ParquetReader.CreateAsync(stream, null, leaveStreamOpen: false, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await stream.DisposeAsync();
            throw new EvidenceInputException($"'{path}' is not a readable Parquet file (truncated or corrupt): {ex.Message}", ex);
        }
    }
}
