using System.Runtime.CompilerServices;

namespace Aims.Evidence.Fairness;

/// <summary>
/// Single-pass counter: one weighted confusion table per intersection of all sensitive attributes. Marginal groups (one
/// attribute) are sums of intersections, so they need no extra counting. Not thread-safe; parallel readers use one
/// accumulator each and <see cref="MergeFrom"/> them.
/// </summary>
internal sealed class FairnessAccumulator
{
    private readonly ValueCodebook[] _codebooks;
    private readonly Dictionary<long, int> _chain = [];
    private int[]?[] _next = new int[]?[16];
    private readonly List<int> _cellCodes = [];
    private double[] _weights = new double[64 * ConfusionCell.Count];
    private long[] _counts = new long[64 * ConfusionCell.Count];
    private int _cells;

    public FairnessAccumulator(IReadOnlyList<string> attributes, int maxGroups)
    {
        _codebooks = new ValueCodebook[attributes.Count];
        for (var i = 0; i < attributes.Count; i++)
        {
            _codebooks[i] = new ValueCodebook(attributes[i], maxGroups);
        }
    }

    public int AttributeCount => _codebooks.Length;

    public ValueCodebook Codebook(int attribute) => _codebooks[attribute];

    /// <summary>
    /// Maps the code of attribute 0 (for <paramref name="previous"/> = -1) or the partial intersection so far plus the
    /// next attribute's code to a cell id. With one attribute the code is the cell, skipping the dictionary.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Chain(int previous, int attribute, int code)
    {
        if (_codebooks.Length == 1)
        {
            EnsureSingleAttributeCell(code);
            return code;
        }

        // Dense cache in front of the dictionary: (prefix, code) → id + 1, 0 = not cached yet.
        var row = previous + 1;
        if ((uint)row < (uint)_next.Length && _next[row] is { } next && (uint)code < (uint)next.Length && next[code] != 0)
        {
            return next[code] - 1;
        }

        return ChainSlow(row, attribute, code);
    }

    private int ChainSlow(int row, int attribute, int code)
    {
        var key = ((long)row << 32) | (uint)code;
        if (!_chain.TryGetValue(key, out var id))
        {
            id = AddChain(key, row - 1, attribute, code);
        }

        // Bounded: at most 64k prefixes × 1024 codes are cached; anything beyond stays on the dictionary.
        if (row < 65536 && code < 1024)
        {
            if (row >= _next.Length)
            {
                Array.Resize(ref _next, Math.Max(row + 1, _next.Length * 2));
            }

            ref var next = ref _next[row];
            if (next is null || code >= next.Length)
            {
                Array.Resize(ref next, Math.Max(code + 1, Math.Max(8, (next?.Length ?? 0) * 2)));
            }

            next[code] = id + 1;
        }

        return id;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int cell, int confusion, double weight)
    {
        var i = (cell << 2) | confusion;
        _weights[i] += weight;
        _counts[i]++;
    }

    /// <summary>Adds <paramref name="rows"/> rows of weight 1 at once (the sum of their weights is their count, exactly).</summary>
    public void AddRows(int cell, int confusion, long rows)
    {
        var i = (cell << 2) | confusion;
        _weights[i] += rows;
        _counts[i] += rows;
    }

    /// <summary>Freezes the counts into an immutable snapshot the analysis works on.</summary>
    public FairnessCounts ToCounts()
    {
        var attributes = _codebooks.Length;
        var values = new string?[attributes][];
        for (var a = 0; a < attributes; a++)
        {
            values[a] = new string?[_codebooks[a].Count];
            for (var c = 0; c < values[a].Length; c++)
            {
                values[a][c] = _codebooks[a][c];
            }
        }

        var cells = new List<FairnessCell>(_cells);
        var codes = new int[attributes];
        for (var cell = 0; cell < _cells; cell++)
        {
            var counts = CellCounts(cell);
            if (counts.Count == 0)
            {
                // Chain prefixes (partial intersections) own ids but never receive rows.
                continue;
            }

            if (!TryFullCodes(cell, codes))
            {
                continue;
            }

            cells.Add(new FairnessCell((int[])codes.Clone(), counts));
        }

        return new FairnessCounts(_codebooks.Select(c => c.Attribute).ToArray(), values, cells);
    }

    /// <summary>Adds another accumulator's counts, remapping its value codes to this one's.</summary>
    public void MergeFrom(FairnessAccumulator other)
    {
        foreach (var cell in other.ToCounts().Cells)
        {
            var id = -1;
            for (var a = 0; a < _codebooks.Length; a++)
            {
                var value = other._codebooks[a][cell.Codes[a]];
                var code = value is null ? _codebooks[a].GetMissingCode() : _codebooks[a].GetCode(value);
                id = Chain(id, a, code);
            }

            var i = id << 2;
            var c = cell.Counts;
            _weights[i + ConfusionCell.TrueNegative] += c.WeightTn;
            _weights[i + ConfusionCell.FalsePositive] += c.WeightFp;
            _weights[i + ConfusionCell.FalseNegative] += c.WeightFn;
            _weights[i + ConfusionCell.TruePositive] += c.WeightTp;
            _counts[i + ConfusionCell.TrueNegative] += c.Tn;
            _counts[i + ConfusionCell.FalsePositive] += c.Fp;
            _counts[i + ConfusionCell.FalseNegative] += c.Fn;
            _counts[i + ConfusionCell.TruePositive] += c.Tp;
        }
    }

    private ConfusionCounts CellCounts(int cell)
    {
        var i = cell << 2;
        return new ConfusionCounts
        {
            WeightTn = _weights[i + ConfusionCell.TrueNegative],
            WeightFp = _weights[i + ConfusionCell.FalsePositive],
            WeightFn = _weights[i + ConfusionCell.FalseNegative],
            WeightTp = _weights[i + ConfusionCell.TruePositive],
            Tn = _counts[i + ConfusionCell.TrueNegative],
            Fp = _counts[i + ConfusionCell.FalsePositive],
            Fn = _counts[i + ConfusionCell.FalseNegative],
            Tp = _counts[i + ConfusionCell.TruePositive],
        };
    }

    private bool TryFullCodes(int cell, int[] codes)
    {
        if (_codebooks.Length == 1)
        {
            codes[0] = cell;
            return true;
        }

        // _cellCodes holds (previous, attribute, code) triples; walk back from the last attribute.
        var current = cell;
        var attribute = _cellCodes[(current * 3) + 1];
        if (attribute != _codebooks.Length - 1)
        {
            return false;
        }

        while (current >= 0)
        {
            attribute = _cellCodes[(current * 3) + 1];
            codes[attribute] = _cellCodes[(current * 3) + 2];
            current = _cellCodes[current * 3];
        }

        return true;
    }

    private void EnsureSingleAttributeCell(int code)
    {
        if (code >= _cells)
        {
            _cells = code + 1;
            EnsureCapacity(_cells);
        }
    }

    private int AddChain(long key, int previous, int attribute, int code)
    {
        var id = _cells++;
        _chain.Add(key, id);
        _cellCodes.Add(previous);
        _cellCodes.Add(attribute);
        _cellCodes.Add(code);
        EnsureCapacity(_cells);
        return id;
    }

    private void EnsureCapacity(int cells)
    {
        if (cells * ConfusionCell.Count <= _weights.Length)
        {
            return;
        }

        var size = Math.Max(_weights.Length * 2, cells * ConfusionCell.Count);
        Array.Resize(ref _weights, size);
        Array.Resize(ref _counts, size);
    }
}
