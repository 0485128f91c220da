using System.Text.Json;
using System.Text.RegularExpressions;
using Aims.Core.Access;
using Aims.Core.Common;
using Aims.Core.Registers.Editing;
using Aims.Core.Text;

namespace Aims.Core.Risks.Criteria;

/// <summary>The defaults every organization starts from, and the rules a new version of the criteria must pass.</summary>
public static partial class RiskCriteriaRules
{
    public const int MinLevels = 3;
    public const int MaxLevels = 7;

    /// <summary>A 5 × 5 matrix (level = likelihood × impact) with four bands, in our own words.</summary>
    public static RiskCriteriaContent Default { get; } = new(
        [
            new("Rare", "Not expected in the system's life; would need an unusual combination of events."),
            new("Unlikely", "Could happen, but has not been seen in similar systems."),
            new("Possible", "Has happened in similar systems, or could happen within a few years."),
            new("Likely", "Expected to happen within a year of operation."),
            new("Almost certain", "Happening already, or expected within months."),
        ],
        [
            new("Negligible", "No lasting effect on people or the organization; fixed in routine work."),
            new("Minor", "Short inconvenience or small loss for a few people; easily reversed."),
            new("Moderate", "Noticeable harm to some people or a reportable breach; reversible with effort."),
            new("Major", "Serious harm to people's rights, health or finances, or to the organization's standing."),
            new("Severe", "Irreversible harm to people or society, or a threat to the organization's continuity."),
        ],
        ProductMatrix(5, 5),
        [
            new("low", "Low", "#2e7d32", 1, new(AcceptanceAuthorityKind.RiskOwner), 365),
            new("medium", "Medium", "#f9a825", 5, new(AcceptanceAuthorityKind.AccessRole, Role.GovernanceLead), 180),
            new("high", "High", "#ef6c00", 10, new(AcceptanceAuthorityKind.TopManagement), 90),
            new("critical", "Critical", "#c62828", 17, new(AcceptanceAuthorityKind.TopManagement), 30),
        ],
        "low");

    public static IReadOnlyList<IReadOnlyList<int>> ProductMatrix(int likelihoods, int impacts) =>
        [.. Enumerable.Range(1, likelihoods).Select(l => (IReadOnlyList<int>)[.. Enumerable.Range(1, impacts).Select(i => l * i)])];

    public static string Serialize(RiskCriteriaContent content) => JsonSerializer.Serialize(content, StoredJson.Options);

    public static RiskCriteriaContent Deserialize(string json) =>
        JsonSerializer.Deserialize<RiskCriteriaContent>(json, StoredJson.Options) ?? throw new InvalidOperationException("Stored criteria are empty.");

    /// <summary>The content of a valid input, or every problem under its field (nothing is defaulted silently but the matrix).</summary>
    public static RiskCriteriaContent? Check(RiskCriteriaInput input, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        CheckScale("likelihood", "Likelihood", input.Likelihood, errors);
        CheckScale("impact", "Impact", input.Impact, errors);
        if (input.Note is { } note && TextRules.Problem("The note", note.Trim(), TextKind.MultiLine, DomainRules.LongTextMaxLength) is { } problem)
        {
            errors.Add("note", problem);
        }

        if (errors.ContainsKey("likelihood") || errors.ContainsKey("impact"))
        {
            return null;
        }

        var (l, i) = (input.Likelihood!.Count, input.Impact!.Count);
        var matrix = input.Matrix ?? ProductMatrix(l, i);
        if (matrix.Count != l || matrix.Any(row => row is null || row.Count != i))
        {
            errors.Add("matrix", $"The matrix needs {l} rows (one per likelihood level) of {i} levels each (one per impact level).");
        }
        else if (matrix.SelectMany(r => r).Any(v => v < 1))
        {
            errors.Add("matrix", "Every cell's level is a whole number of 1 or more.");
        }

        var bands = input.Bands ?? [];
        if (bands.Count is < 2 or > 6)
        {
            errors.Add("bands", "Give 2 to 6 bands, from the lowest up.");
        }

        for (var b = 0; b < bands.Count; b++)
        {
            CheckBand($"bands[{b}]", bands[b], b == 0 ? null : bands[b - 1], errors);
        }

        if (bands.Select(b => b?.Key).Distinct(StringComparer.Ordinal).Count() != bands.Count)
        {
            errors.Add("bands", "Each band needs its own key.");
        }

        if (!errors.ContainsKey("matrix") && bands.Count > 0 && bands[0] is { } lowest && lowest.MinLevel > matrix.SelectMany(r => r).Min())
        {
            errors.Add("bands[0].minLevel", $"The lowest band must start at or below the matrix's lowest level ({matrix.SelectMany(r => r).Min()}).");
        }

        if (string.IsNullOrWhiteSpace(input.AcceptanceThreshold))
        {
            errors.Add("acceptanceThreshold", "Name the band up to which a risk is acceptable without treatment (a band key).");
        }
        else if (bands.All(b => b?.Key != input.AcceptanceThreshold))
        {
            errors.Add("acceptanceThreshold", $"'{input.AcceptanceThreshold}' is not the key of one of the bands.");
        }

        return errors.Count > 0 ? null : new RiskCriteriaContent(
            [.. input.Likelihood!.Select(Trimmed)], [.. input.Impact!.Select(Trimmed)], matrix,
            [.. bands.Select(b => b with { Key = b.Key.Trim(), Label = b.Label.Trim(), Colour = b.Colour.Trim() })], input.AcceptanceThreshold!);
    }

    private static ScaleLevel Trimmed(ScaleLevel level) =>
        new(level.Label.Trim(), string.IsNullOrWhiteSpace(level.Description) ? null : level.Description.Trim());

    private static void CheckScale(string key, string label, IReadOnlyList<ScaleLevel>? scale, FieldErrors errors)
    {
        if (scale is null || scale.Count is < MinLevels or > MaxLevels)
        {
            errors.Add(key, $"{label} needs {MinLevels} to {MaxLevels} levels, from the lowest up{(scale is null ? "" : $" (this one has {scale.Count})")}.");
            return;
        }

        for (var n = 0; n < scale.Count; n++)
        {
            if (scale[n] is null || string.IsNullOrWhiteSpace(scale[n].Label))
            {
                errors.Add($"{key}[{n}].label", $"Level {n + 1} needs a label.");
            }
            else
            {
                if (TextRules.Problem($"Level {n + 1}'s label", scale[n].Label.Trim(), TextKind.Name, DomainRules.NameMaxLength) is { } problem)
                {
                    errors.Add($"{key}[{n}].label", problem);
                }

                if (scale[n].Description is { } text && TextRules.Problem($"Level {n + 1}'s description", text.Trim(), TextKind.MultiLine,
                        DomainRules.LongTextMaxLength) is { } description)
                {
                    errors.Add($"{key}[{n}].description", description);
                }
            }
        }

        if (scale.Where(s => s is not null).Select(s => s.Label?.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != scale.Count)
        {
            errors.Add(key, "Each level needs its own label.");
        }
    }

    private static void CheckBand(string at, RiskBand? band, RiskBand? below, FieldErrors errors)
    {
        if (band is null)
        {
            errors.Add(at, "A band is missing.");
            return;
        }

        if (string.IsNullOrWhiteSpace(band.Key) || !BandKey().IsMatch(band.Key.Trim()))
        {
            errors.Add($"{at}.key", "A key of lower-case letters, digits and hyphens, starting with a letter (\"high\").");
        }

        if (string.IsNullOrWhiteSpace(band.Label))
        {
            errors.Add($"{at}.label", "The band needs a label (\"High\").");
        }
        else if (TextRules.Problem("The band's label", band.Label.Trim(), TextKind.Name, DomainRules.NameMaxLength) is { } label)
        {
            errors.Add($"{at}.label", label);
        }

        if (string.IsNullOrWhiteSpace(band.Colour) || !Colour().IsMatch(band.Colour.Trim()))
        {
            errors.Add($"{at}.colour", "A colour as #rrggbb (\"#c62828\").");
        }

        if (below is not null && band.MinLevel <= below.MinLevel)
        {
            errors.Add($"{at}.minLevel", $"Bands go from the lowest up: this one must start above {below.MinLevel}.");
        }

        if (band.ReviewDays is < 1 or > 1096)
        {
            errors.Add($"{at}.reviewDays", "How often a risk in this band is reviewed: 1 to 1 096 days.");
        }

        switch (band.Acceptance)
        {
            case null:
                errors.Add($"{at}.acceptance", "Say who may accept a risk in this band.");
                break;
            case { Kind: AcceptanceAuthorityKind.AccessRole, Role: null or Role.Viewer or Role.Auditor }:
                errors.Add($"{at}.acceptance.role", "An access role that may change records: Contributor, GovernanceLead or Admin.");
                break;
            case { Kind: AcceptanceAuthorityKind.AimsRole, AimsRoleId: null }:
                errors.Add($"{at}.acceptance.aimsRoleId", "Name the AIMS role (its id in the roles register).");
                break;
            default:
                break;
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,31}$")]
    private static partial Regex BandKey();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex Colour();
}
