using System.Buffers;

namespace Aims.Evidence.Drift.Internal;

/// <summary>
/// Turns a reference/current column pair into a <see cref="PreparedColumn"/>: resolves the effective dtype the way
/// pandas and Evidently would, drops and counts missing and infinite values, sorts numeric samples once (into pooled
/// buffers the caller returns with <see cref="Release"/>), counts distinct values and infers the column kind.
/// </summary>
internal static class ColumnPreparer
{
    /// <summary>Evidently's <c>NUMBER_UNIQUE_AS_CATEGORICAL</c>.</summary>
    public const int NumberUniqueAsCategorical = 5;

    public static PreparedColumn Prepare(DriftColumnData reference, DriftColumnData current, out string? skipReason)
    {
        skipReason = null;
        SourceValueType refType = EffectiveType(reference);
        SourceValueType curType = EffectiveType(current);
        bool refText = refType == SourceValueType.String;
        bool curText = curType == SourceValueType.String;
        if (refText != curText)
        {
            // pandas would compare e.g. the string "1" with the number 1 as different values and Evidently's z-test
            // would fail to sort them; refusing is clearer than silently inventing a rule.
            skipReason = $"dtype mismatch: reference {refType}, current {curType}";
            return new PreparedColumn
            {
                Name = reference.Name,
                ValueType = refType,
                Kind = DriftColumnKind.Categorical,
                ReferenceRows = Length(reference),
                CurrentRows = Length(current),
            };
        }

        // Evidently keeps the current dtype when both are numeric and castable (int ↔ float), the reference dtype
        // when a bool is involved.
        SourceValueType type = refType == curType
            ? refType
            : (refType == SourceValueType.Boolean || curType == SourceValueType.Boolean ? refType : curType);

        return refText ? PrepareText(reference, current, type) : PrepareNumeric(reference, current, type, refType, curType, out skipReason);
    }

    /// <summary>Returns pooled buffers held by a prepared column.</summary>
    public static void Release(PreparedColumn column)
    {
        if (column.SortedRef is { } r)
        {
            ArrayPool<double>.Shared.Return(r);
        }

        if (column.SortedCur is { } c)
        {
            ArrayPool<double>.Shared.Return(c);
        }
    }

    /// <summary>An integer column that carries NaN is float64 in pandas, so it is inferred as a float column.</summary>
    private static SourceValueType EffectiveType(DriftColumnData column)
    {
        if (column.ValueType == SourceValueType.String)
        {
            if (column.Texts is null)
            {
                throw new ArgumentException($"Column '{column.Name}' is declared String but has no Texts.", nameof(column));
            }

            return SourceValueType.String;
        }

        double[] numbers = column.Numbers
            ?? throw new ArgumentException($"Column '{column.Name}' is declared {column.ValueType} but has no Numbers.", nameof(column));
        if (column.ValueType == SourceValueType.Integer && Array.Exists(numbers, double.IsNaN))
        {
            return SourceValueType.Float;
        }

        return column.ValueType;
    }

    private static long Length(DriftColumnData column) => column.Numbers?.Length ?? column.Texts?.Length ?? 0;

    private static PreparedColumn PrepareNumeric(
        DriftColumnData reference,
        DriftColumnData current,
        SourceValueType type,
        SourceValueType refType,
        SourceValueType curType,
        out string? skipReason)
    {
        skipReason = null;
        double[] refValues = reference.Numbers!;
        double[] curValues = current.Numbers!;
        double[] refBuffer = ArrayPool<double>.Shared.Rent(Math.Max(1, refValues.Length));
        double[] curBuffer = ArrayPool<double>.Shared.Rent(Math.Max(1, curValues.Length));
        int nRef = Clean(refValues, refBuffer, out long refMissing, out long refInfinite);
        int nCur = Clean(curValues, curBuffer, out long curMissing, out long curInfinite);
        RadixSort.Sort(refBuffer, nRef);
        RadixSort.Sort(curBuffer, nCur);

        int refUnique = CountDistinct(refBuffer.AsSpan(0, nRef));
        int curUnique = CountDistinct(curBuffer.AsSpan(0, nCur));
        int unionUnique = CountDistinctUnion(refBuffer.AsSpan(0, nRef), curBuffer.AsSpan(0, nCur));

        DriftColumnKind kind = type switch
        {
            SourceValueType.Boolean => DriftColumnKind.Categorical,
            SourceValueType.Float => DriftColumnKind.Numerical,

            // Evidently: nunique = ref_unique or cur_unique (reference first, current only if the reference has none).
            _ => (refUnique != 0 ? refUnique : curUnique) <= NumberUniqueAsCategorical
                ? DriftColumnKind.Categorical
                : DriftColumnKind.Numerical,
        };

        if (nRef == 0 || nCur == 0)
        {
            skipReason = nRef == 0
                ? "reference column is empty after dropping missing and infinite values"
                : "current column is empty after dropping missing and infinite values";
        }

        return new PreparedColumn
        {
            Name = reference.Name,
            ValueType = type,
            Kind = kind,
            ReferenceRows = refValues.Length,
            CurrentRows = curValues.Length,
            ReferenceMissing = refMissing,
            ReferenceInfinite = refInfinite,
            CurrentMissing = curMissing,
            CurrentInfinite = curInfinite,
            ReferenceUnique = refUnique,
            UnionUnique = unionUnique,
            IntegerDtype = refType == SourceValueType.Integer && curType == SourceValueType.Integer,
            SortedRef = refBuffer,
            SortedCur = curBuffer,
            NRef = nRef,
            NCur = nCur,
        };
    }

    private static PreparedColumn PrepareText(DriftColumnData reference, DriftColumnData current, SourceValueType type)
    {
        string?[] refValues = reference.Texts!;
        string?[] curValues = current.Texts!;
        var counts = new Dictionary<string, (long Ref, long Cur)>(StringComparer.Ordinal);
        long refMissing = 0;
        long curMissing = 0;
        foreach (string? v in refValues)
        {
            if (v is null)
            {
                refMissing++;
                continue;
            }

            counts[v] = counts.TryGetValue(v, out var c) ? (c.Ref + 1, c.Cur) : (1, 0);
        }

        foreach (string? v in curValues)
        {
            if (v is null)
            {
                curMissing++;
                continue;
            }

            counts[v] = counts.TryGetValue(v, out var c) ? (c.Ref, c.Cur + 1) : (0, 1);
        }

        var keys = new string[counts.Count];
        counts.Keys.CopyTo(keys, 0);
        Array.Sort(keys, StringComparer.Ordinal);
        var refCounts = new long[keys.Length];
        var curCounts = new long[keys.Length];
        int refUnique = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            (refCounts[i], curCounts[i]) = counts[keys[i]];
            if (refCounts[i] > 0)
            {
                refUnique++;
            }
        }

        return new PreparedColumn
        {
            Name = reference.Name,
            ValueType = type,
            Kind = DriftColumnKind.Categorical,
            ReferenceRows = refValues.Length,
            CurrentRows = curValues.Length,
            ReferenceMissing = refMissing,
            CurrentMissing = curMissing,
            ReferenceUnique = refUnique,
            UnionUnique = keys.Length,
            NRef = refValues.Length - refMissing,
            NCur = curValues.Length - curMissing,
            TextCounts = (refCounts, curCounts),
        };
    }

    /// <summary>Copies the finite values, counting NaN and ±inf; −0.0 becomes +0.0 so equal values share a key.</summary>
    private static int Clean(double[] source, double[] target, out long missing, out long infinite)
    {
        missing = 0;
        infinite = 0;
        int k = 0;
        foreach (double x in source)
        {
            if (double.IsNaN(x))
            {
                missing++;
            }
            else if (double.IsInfinity(x))
            {
                infinite++;
            }
            else
            {
                target[k++] = x + 0.0;
            }
        }

        return k;
    }

    private static int CountDistinct(ReadOnlySpan<double> sorted)
    {
        if (sorted.IsEmpty)
        {
            return 0;
        }

        int count = 1;
        for (int i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] != sorted[i - 1])
            {
                count++;
            }
        }

        return count;
    }

    private static int CountDistinctUnion(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int i = 0;
        int j = 0;
        int count = 0;
        while (i < a.Length || j < b.Length)
        {
            double v = i < a.Length && (j >= b.Length || a[i] <= b[j]) ? a[i] : b[j];
            while (i < a.Length && a[i] == v)
            {
                i++;
            }

            while (j < b.Length && b[j] == v)
            {
                j++;
            }

            count++;
        }

        return count;
    }
}
