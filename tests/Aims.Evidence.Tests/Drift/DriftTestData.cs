using Aims.Evidence.Drift;

namespace Aims.Evidence.Tests.Drift;

/// <summary>Builders for drift test columns.</summary>
internal static class DriftTestData
{
    public static DriftColumnData Ints(string name, params double[] values) =>
        new() { Name = name, ValueType = SourceValueType.Integer, Numbers = values };

    public static DriftColumnData Floats(string name, params double[] values) =>
        new() { Name = name, ValueType = SourceValueType.Float, Numbers = values };

    public static DriftColumnData Texts(string name, params string?[] values) =>
        new() { Name = name, ValueType = SourceValueType.String, Texts = values };

    public static double[] Repeat(double[] values, int times)
    {
        var result = new double[values.Length * times];
        for (int t = 0; t < times; t++)
        {
            values.CopyTo(result, t * values.Length);
        }

        return result;
    }

    public static string?[] Repeat(string[] values, int times)
    {
        var result = new string?[values.Length * times];
        for (int t = 0; t < times; t++)
        {
            values.CopyTo(result, t * values.Length);
        }

        return result;
    }

    /// <summary>Values 1..k, value v repeated counts[v−1] times, as strings (categorical).</summary>
    public static string?[] TextCounts(int[] counts)
    {
        var result = new List<string?>();
        for (int v = 0; v < counts.Length; v++)
        {
            for (int c = 0; c < counts[v]; c++)
            {
                result.Add((v + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return [.. result];
    }

    public static double[] Normal(int n, double mean, double std, int seed)
    {
        var rng = new Random(seed);
        var result = new double[n];
        for (int i = 0; i < n; i++)
        {
            double u1 = 1.0 - rng.NextDouble();
            double u2 = rng.NextDouble();
            result[i] = mean + (std * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
        }

        return result;
    }

    public static DriftColumnResult Single(DriftColumnData reference, DriftColumnData current, DriftOptions? options = null) =>
        DriftAnalyzer.Analyze([reference], [current], options ?? new DriftOptions(), TestContext.Current.CancellationToken).Columns[0];

    public static DriftOptions Override(string column, DriftMethod method, double? threshold = null) => new()
    {
        PerColumn = new Dictionary<string, DriftColumnOverride>(StringComparer.Ordinal)
        {
            [column] = new DriftColumnOverride(method, threshold),
        },
    };
}
