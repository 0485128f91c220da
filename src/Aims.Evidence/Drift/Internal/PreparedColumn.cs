namespace Aims.Evidence.Drift.Internal;

/// <summary>
/// One column pair after cleaning: NaN/±inf (or null texts) dropped and counted, numeric samples sorted once, and
/// per-category counts over ref ∪ cur built on demand. Everything the tests need is read from here.
/// </summary>
internal sealed class PreparedColumn
{
    private long[]? refCounts;
    private long[]? curCounts;
    private double? wassersteinNormed;

    public required string Name { get; init; }

    public required SourceValueType ValueType { get; init; }

    public DriftColumnKind Kind { get; set; }

    public long ReferenceRows { get; init; }

    public long CurrentRows { get; init; }

    public long ReferenceMissing { get; init; }

    public long ReferenceInfinite { get; init; }

    public long CurrentMissing { get; init; }

    public long CurrentInfinite { get; init; }

    /// <summary>Distinct non-missing values in the reference alone (Evidently's type inference and binning use it).</summary>
    public int ReferenceUnique { get; set; }

    /// <summary>Distinct non-missing values in ref ∪ cur (the default test choice uses it).</summary>
    public int UnionUnique { get; set; }

    /// <summary>Whether the pandas dtype of each side would be an integer dtype (changes Sturges width rounding).</summary>
    public bool IntegerDtype { get; init; }

    /// <summary>Sorted finite reference values (numeric sources only); length <see cref="NRef"/>.</summary>
    public double[]? SortedRef { get; init; }

    /// <summary>Sorted finite current values (numeric sources only); length <see cref="NCur"/>.</summary>
    public double[]? SortedCur { get; init; }

    public long NRef { get; init; }

    public long NCur { get; init; }

    /// <summary>Text category counts, keys in ordinal order (text sources only).</summary>
    public (long[] Ref, long[] Cur)? TextCounts { get; init; }

    /// <summary>Wasserstein normed, memoised: it is both a default test and an extra metric and costs a full merge.</summary>
    public double WassersteinNormed => this.wassersteinNormed ??= DriftStatistics.WassersteinNormed(this.Ref, this.Cur);

    public ReadOnlySpan<double> Ref => this.SortedRef.AsSpan(0, (int)this.NRef);

    public ReadOnlySpan<double> Cur => this.SortedCur.AsSpan(0, (int)this.NCur);

    /// <summary>Counts per distinct value of ref ∪ cur in ascending key order (numbers) or ordinal order (texts).</summary>
    public (long[] Ref, long[] Cur) CategoryCounts()
    {
        if (this.TextCounts is { } text)
        {
            return text;
        }

        if (this.refCounts is null || this.curCounts is null)
        {
            var r = new long[this.UnionUnique];
            var c = new long[this.UnionUnique];
            ReadOnlySpan<double> a = this.Ref;
            ReadOnlySpan<double> b = this.Cur;
            int i = 0;
            int j = 0;
            int k = 0;
            while (i < a.Length || j < b.Length)
            {
                double v = i < a.Length && (j >= b.Length || a[i] <= b[j]) ? a[i] : b[j];
                int i0 = i;
                int j0 = j;
                while (i < a.Length && a[i] == v)
                {
                    i++;
                }

                while (j < b.Length && b[j] == v)
                {
                    j++;
                }

                r[k] = i - i0;
                c[k] = j - j0;
                k++;
            }

            this.refCounts = r;
            this.curCounts = c;
        }

        return (this.refCounts, this.curCounts);
    }
}
