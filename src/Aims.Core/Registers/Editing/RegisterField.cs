using Aims.Core.Common;

namespace Aims.Core.Registers.Editing;

/// <summary>How a field is entered: the form draws it, the CLI turns it into an option, the API reads it as JSON.</summary>
public enum FieldKind
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>Paragraphs of text.</summary>
    MultiLine,

    /// <summary>One of <see cref="RegisterField.Choices"/>.</summary>
    Choice,

    /// <summary>A calendar day (yyyy-MM-dd).</summary>
    Date,

    /// <summary>A decimal number.</summary>
    Number,

    /// <summary>A member of the organization (their user id).</summary>
    Member,

    /// <summary>Yes or no.</summary>
    Switch,

    /// <summary>One record of the register <see cref="RegisterField.RefersTo"/> names (its id).</summary>
    Reference,

    /// <summary>Any number of records of the register <see cref="RegisterField.RefersTo"/> names (their ids).</summary>
    References,

    /// <summary>A list of short entries (one line each), sent as an array of strings.</summary>
    Lines,

    /// <summary>Any number of <see cref="RegisterField.Choices"/>, sent as an array.</summary>
    Choices,

    /// <summary>A list of entries of a few text parts each (<see cref="RegisterField.Parts"/>), sent as an array of objects.</summary>
    Entries,

    /// <summary>
    /// One of <see cref="RegisterField.Choices"/> for each of a fixed list of <see cref="RegisterField.Rows"/>, sent as an
    /// object from row to choice (<c>{ "deployment": "shared" }</c>); a row left out has no value.
    /// </summary>
    Matrix,
}

/// <summary>One value the form, the CLI and the API accept for a choice field, with what people read.</summary>
public sealed record FieldChoice(string Value, string Label);

/// <summary>
/// One editable field of a register, declared once next to its rules: the JSON property the API reads
/// (<see cref="Key"/>), what people read on the form (<see cref="Label"/>, <see cref="Help"/> — phrased as what an
/// auditor will ask), and how it is entered. The register's editor validates; this only describes.
/// </summary>
public sealed record RegisterField(string Key, string Label, FieldKind Kind)
{
    public bool Required { get; init; }

    /// <summary>What the field is for and what an auditor will look for in it.</summary>
    public string? Help { get; init; }

    /// <summary>
    /// The key of a switch that must be on for this field to be asked; null: always asked. A follow-up whose switch is off
    /// was answered "no" to, so the form does not send an earlier answer to it.
    /// </summary>
    public string? ShownWhen { get; init; }

    public IReadOnlyList<FieldChoice> Choices { get; init; } = [];

    /// <summary>For references: the register whose records it names ("documents", "objectives", "controls").</summary>
    public string? RefersTo { get; init; }

    /// <summary>For entries: the properties of each entry and what people read for them, in the order shown.</summary>
    public IReadOnlyList<FieldChoice> Parts { get; init; } = [];

    /// <summary>For a matrix: the fixed rows, each given a choice.</summary>
    public IReadOnlyList<FieldChoice> Rows { get; init; } = [];

    /// <summary>Longest text accepted (UTF-16 code units, as the form counts them).</summary>
    public int MaxLength { get; init; } = DomainRules.LongTextMaxLength;

    public static RegisterField Text(string key, string label, bool required = false, string? help = null) =>
        new(key, label, FieldKind.Text) { Required = required, Help = help, MaxLength = DomainRules.NameMaxLength };

    public static RegisterField Paragraphs(string key, string label, bool required = false, string? help = null) =>
        new(key, label, FieldKind.MultiLine) { Required = required, Help = help };

    public static RegisterField Choice<TEnum>(string key, string label, Func<TEnum, string> labelOf, bool required = true, string? help = null)
        where TEnum : struct, Enum =>
        new(key, label, FieldKind.Choice)
        {
            Required = required,
            Help = help,
            Choices = [.. Enum.GetValues<TEnum>().Select(v => new FieldChoice(ApiNames.Of(v), labelOf(v)))],
        };

    /// <summary>One of a list of values that is not an enum (catalog entries such as the Annex C risk sources).</summary>
    public static RegisterField OneOf(string key, string label, IReadOnlyList<FieldChoice> choices, bool required = false, string? help = null) =>
        new(key, label, FieldKind.Choice) { Required = required, Help = help, Choices = choices };

    /// <summary>Any number of a list of values that is not an enum.</summary>
    public static RegisterField ManyOf(string key, string label, IReadOnlyList<FieldChoice> choices, string? help = null) =>
        new(key, label, FieldKind.Choices) { Help = help, Choices = choices };

    public static RegisterField Lines(string key, string label, string? help = null) =>
        new(key, label, FieldKind.Lines) { Help = help, MaxLength = DomainRules.NameMaxLength };

    public static RegisterField Many<TEnum>(string key, string label, Func<TEnum, string> labelOf, string? help = null)
        where TEnum : struct, Enum =>
        Choice(key, label, labelOf, required: false, help) with { Kind = FieldKind.Choices };

    public static RegisterField Entries(string key, string label, IReadOnlyList<FieldChoice> parts, string? help = null) =>
        new(key, label, FieldKind.Entries) { Help = help, Parts = parts, MaxLength = DomainRules.ShortTextMaxLength };

    public static RegisterField Matrix<TRow, TValue>(string key, string label, Func<TRow, string> rowLabel, Func<TValue, string> valueLabel,
        string? help = null)
        where TRow : struct, Enum
        where TValue : struct, Enum =>
        Choice(key, label, valueLabel, required: false, help) with
        {
            Kind = FieldKind.Matrix,
            Rows = [.. Enum.GetValues<TRow>().Select(v => new FieldChoice(ApiNames.Of(v), rowLabel(v)))],
        };

    public static RegisterField Date(string key, string label, bool required = false, string? help = null) =>
        new(key, label, FieldKind.Date) { Required = required, Help = help };

    public static RegisterField Number(string key, string label, bool required = false, string? help = null) =>
        new(key, label, FieldKind.Number) { Required = required, Help = help };

    public static RegisterField Member(string key, string label, string? help = null) =>
        new(key, label, FieldKind.Member) { Help = help };

    public static RegisterField Switch(string key, string label, string? help = null) =>
        new(key, label, FieldKind.Switch) { Help = help };

    public static RegisterField Reference(string key, string label, string refersTo, string? help = null) =>
        new(key, label, FieldKind.Reference) { RefersTo = refersTo, Help = help };

    public static RegisterField References(string key, string label, string refersTo, string? help = null) =>
        new(key, label, FieldKind.References) { RefersTo = refersTo, Help = help };
}
