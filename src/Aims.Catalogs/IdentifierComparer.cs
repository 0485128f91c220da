using System.Globalization;

namespace Aims.Catalogs;

/// <summary>
/// Orders standard identifiers the way the standard does: "9.3.3" &lt; "10.1", "A.9.4" &lt; "A.10.2", "6.1" &lt; "6.1.1".
/// </summary>
/// <remarks>
/// Plain string ordering puts "10.1" before "4" and "A.10" before "A.2", which reads wrong in every list, report and
/// SoA export. Identifiers are split on '.'; numeric segments compare as numbers, other segments ordinally, a
/// numeric segment sorts before a non-numeric one (so clauses come before annex items), and a prefix sorts before its
/// children. <see langword="null"/> sorts first.
/// </remarks>
public sealed class IdentifierComparer : IComparer<string?>
{
    /// <summary>The shared, stateless instance.</summary>
    public static IdentifierComparer Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var left = x.AsSpan();
        var right = y.AsSpan();
        while (!left.IsEmpty && !right.IsEmpty)
        {
            var leftSegment = NextSegment(ref left);
            var rightSegment = NextSegment(ref right);
            var result = CompareSegments(leftSegment, rightSegment);
            if (result != 0)
            {
                return result;
            }
        }

        if (left.IsEmpty != right.IsEmpty)
        {
            // The exhausted one is a prefix ("6.1") of the other ("6.1.1") and comes first.
            return left.IsEmpty ? -1 : 1;
        }

        // Same segments but different spelling ("01" vs "1"): keep the order total and deterministic.
        return string.CompareOrdinal(x, y);
    }

    private static ReadOnlySpan<char> NextSegment(ref ReadOnlySpan<char> rest)
    {
        var dot = rest.IndexOf('.');
        if (dot < 0)
        {
            var last = rest;
            rest = [];
            return last;
        }

        var segment = rest[..dot];
        rest = rest[(dot + 1)..];
        return segment;
    }

    private static int CompareSegments(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        var leftIsNumber = TryParseNumber(left, out var leftNumber);
        var rightIsNumber = TryParseNumber(right, out var rightNumber);
        return (leftIsNumber, rightIsNumber) switch
        {
            (true, true) => leftNumber.CompareTo(rightNumber),
            (true, false) => -1,
            (false, true) => 1,
            _ => left.CompareTo(right, StringComparison.Ordinal),
        };
    }

    private static bool TryParseNumber(ReadOnlySpan<char> segment, out long value) =>
        long.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
