using Aims.Evidence.Input;

namespace Aims.Evidence.Tests.Input;

/// <summary>
/// Whole-number label and prediction columns are normalised four rows at a time; the result, the order in which values
/// are first seen and the refusal of a third value must be exactly those of the row-by-row path.
/// </summary>
public sealed class BinaryColumnTests
{
    public static TheoryData<int[], string> Columns() => new()
    {
        { Enumerable.Repeat(1, 37).ToArray(), "1" },                                   // one value only
        { [.. Enumerable.Repeat(0, 21), 1, .. Enumerable.Repeat(0, 9), 1, 1], "1" },   // the second value arrives late, mid-block
        { [5, 9, 9, 5, 5, 5, 9, 5, 9, 9, 9, 5, 5], "9" },                               // neither value is 0 or 1
        { [1, 0, 1, 1, 0, 0, 0, 1, 0, 1, 1, 0, 1, 0, 0, 1, 1], "0" },                   // the favourable value is 0
        { [0, 1, 0], "1" },                                                            // shorter than one block
        { [], "1" },
    };

    [Theory]
    [MemberData(nameof(Columns))]
    public void Vectorised_path_equals_row_by_row(int[] values, string positive)
    {
        var rowByRow = new BinaryColumn("label", positive);
        var expected = values.Select(v => rowByRow.Normalize((double)v)).ToArray();

        var vectorised = new BinaryColumn("label", positive);
        var codes = new int[values.Length];
        vectorised.Normalize(values, codes);

        Assert.Equal(expected, codes);
        Assert.Equal(rowByRow.Distinct, vectorised.Distinct);
        Assert.Equal(rowByRow.SawPositive, vectorised.SawPositive);
    }

    [Fact]
    public void Random_columns_in_several_batches_equal_row_by_row()
    {
        var rng = new Random(11);
        for (var trial = 0; trial < 200; trial++)
        {
            var (a, b) = (rng.Next(-3, 3), rng.Next(-3, 3));
            var rowByRow = new BinaryColumn("prediction", "1");
            var vectorised = new BinaryColumn("prediction", "1");
            for (var batch = 0; batch < 3; batch++)
            {
                var values = Enumerable.Range(0, rng.Next(0, 40)).Select(_ => rng.Next(2) == 0 ? a : b).ToArray();
                var codes = new int[values.Length];
                vectorised.Normalize(values, codes);
                Assert.Equal(values.Select(v => rowByRow.Normalize((double)v)), codes);
            }

            Assert.Equal(rowByRow.Distinct, vectorised.Distinct);
        }
    }

    [Fact]
    public void A_third_value_inside_a_block_is_refused_naming_all_three()
    {
        var column = new BinaryColumn("label", "1");
        int[] values = [0, 1, 0, 1, 0, 1, 1, 0, 0, 2, 1, 0];
        var error = Assert.Throws<EvidenceInputException>(() => column.Normalize(values, new int[values.Length]));
        Assert.Contains("'label' is not binary", error.Message, StringComparison.Ordinal);
        Assert.Contains("'0', '1', '2'", error.Message, StringComparison.Ordinal);
    }
}
