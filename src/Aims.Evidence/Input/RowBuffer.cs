using System.Buffers;
using System.Runtime.InteropServices;

namespace Aims.Evidence.Input;

/// <summary>
/// A reusable per-row buffer (codes, value ids) in native memory. A managed array of a few megabytes is fresh memory the
/// kernel faults in 4 KB at a time; with the usual Linux setting for transparent huge pages ("madvise") it stays that way
/// unless asked. On Linux a buffer of 1 MB or more is therefore rounded up to whole 2 MB pages, aligned and advised for
/// huge pages, so a 1M-row buffer costs two page faults instead of a thousand (measured: half the page faults and a
/// third less system time for a one-row-group file).
/// Elsewhere, and for small buffers, it is ordinary native memory. The contents start undefined: every reader writes
/// the rows it later reads. It is a <see cref="MemoryManager{T}"/> so that APIs taking <see cref="Memory{T}"/> (a
/// decompressor) can use it; memory and spans handed out are valid until the next growth or disposal. Owners must
/// dispose it: there is no finalizer, since one could free the memory while a span over it is still in use (CA2015).
/// </summary>
internal sealed unsafe class RowBuffer<T> : MemoryManager<T>
    where T : unmanaged
{
    private void* _memory;
    private bool _aligned;

    public int Capacity { get; private set; }

    public ref T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Capacity)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return ref ((T*)_memory)[index];
        }
    }

    public Span<T> AsSpan(int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, Capacity);
        return new Span<T>(_memory, length);
    }

    public Memory<T> AsMemory(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((long)start + length, Capacity, nameof(length));
        return CreateMemory(start, length);
    }

    public override Span<T> GetSpan() => new(_memory, Capacity);

    // Native memory never moves: pinning is only a pointer.
    public override MemoryHandle Pin(int elementIndex = 0) => new((T*)_memory + elementIndex);

    public override void Unpin()
    {
    }

    /// <summary>Like <see cref="EnsureCapacity"/>, but at least doubles, for buffers that grow step by step.</summary>
    public void Grow(int length)
    {
        if (length > Capacity)
        {
            EnsureCapacity(Math.Max(length, Capacity * 2));
        }
    }

    /// <summary>Makes room for <paramref name="length"/> rows; a smaller buffer is replaced, not copied.</summary>
    public void EnsureCapacity(int length)
    {
        if (length <= Capacity)
        {
            return;
        }

        Release();
        var bytes = checked((nuint)length * (nuint)sizeof(T));
        if (bytes >= HugePages.Size / 2 && OperatingSystem.IsLinux())
        {
            var rounded = (bytes + HugePages.Size - 1) & ~(HugePages.Size - 1);
            _memory = NativeMemory.AlignedAlloc(rounded, HugePages.Size);
            _aligned = true;
            HugePages.Advise(_memory, rounded);
        }
        else
        {
            _memory = NativeMemory.Alloc(Math.Max(bytes, 1));
            _aligned = false;
        }

        Capacity = length;
    }

    public void Dispose() => ((IDisposable)this).Dispose();

    protected override void Dispose(bool disposing) => Release();

    private void Release()
    {
        if (_memory is null)
        {
            return;
        }

        if (_aligned)
        {
            NativeMemory.AlignedFree(_memory);
        }
        else
        {
            NativeMemory.Free(_memory);
        }

        _memory = null;
        Capacity = 0;
    }
}

/// <summary>Linux transparent huge pages for memory the process owns (see <see cref="RowBuffer{T}"/>).</summary>
internal static unsafe partial class HugePages
{
    public const nuint Size = 2 << 20;

    private const int MadvHugePage = 14;

    /// <summary>Only a hint: a kernel without transparent huge pages answers with an error and 4 KB pages are used.</summary>
    public static void Advise(void* memory, nuint length) => _ = Madvise((nint)memory, length, MadvHugePage);

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);
}
