namespace Aims.Evidence.Input;

/// <summary>Row accounting of one read: read = used + Σ dropped.</summary>
internal sealed class ReadStats
{
    public long Read { get; set; }

    public long Used { get; set; }

    public SortedDictionary<string, long> Dropped { get; } = new(StringComparer.Ordinal);

    public void Drop(string reason, long count = 1)
    {
        Dropped[reason] = Dropped.GetValueOrDefault(reason) + count;
    }

    public void MergeFrom(ReadStats other)
    {
        Read += other.Read;
        Used += other.Used;
        foreach (var (k, v) in other.Dropped)
        {
            Drop(k, v);
        }
    }
}
