using System.Globalization;

namespace Aims.Web.Registers;

/// <summary>Operation names derived from a register's noun ("AI system" → "AiSystem"), as OpenAPI clients see them.</summary>
public static class RegisterNames
{
    public static string Pascal(string noun)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(noun);
        return string.Concat(noun.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLower(CultureInfo.InvariantCulture)));
    }
}
