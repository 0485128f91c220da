using System.Globalization;

namespace Aims.Evidence.Input;

/// <summary>
/// Invariant number parsing that also accepts the infinity spellings pandas reads ("inf", "-inf", "Infinity", …), which
/// .NET's parser alone rejects. NaN spellings are handled by <see cref="NaValues"/> before this is called.
/// </summary>
internal static class NumberText
{
    public static bool TryParse(ReadOnlySpan<char> text, out double value)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        var sign = 1.0;
        var body = text;
        if (body.Length > 0 && (body[0] == '-' || body[0] == '+'))
        {
            sign = body[0] == '-' ? -1 : 1;
            body = body[1..];
        }

        if (body.Equals("inf", StringComparison.OrdinalIgnoreCase) || body.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = sign * double.PositiveInfinity;
            return true;
        }

        value = double.NaN;
        return false;
    }
}
