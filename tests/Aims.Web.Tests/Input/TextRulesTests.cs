using Aims.Cli;
using Aims.Core.Access;
using Aims.Core.Text;

namespace Aims.Web.Tests.Input;

/// <summary>Core's character rules, name keys and token lifetime parsing, and the CLI's escaping, on their own.</summary>
public sealed class TextRulesTests
{
    public static TheoryData<string, string> RejectedNames => new()
    {
        { "NUL", "Credit\0model" },
        { "ESC", "Credit \u001b[31mmodel" },
        { "BEL", "Credit\u0007model" },
        { "DEL", "Credit\u007fmodel" },
        { "C1 control", "Credit\u009bmodel" },
        { "tab", "Credit\tmodel" },
        { "line feed", "Credit\nmodel" },
        { "line separator", "Credit\u2028model" },
        { "right-to-left override", "Invoice\u202Efdp.exe" },
        { "left-to-right embedding", "A\u202Ab" },
        { "first-strong isolate", "A\u2068b" },
        { "zero-width spaces only", "\u200B\u200B\u200B" },
        { "joiners and BOM only", "\u200D\u200C\uFEFF\u2060" },
        { "Hangul fillers only", "\u3164\u115F" },
        { "ideographic and no-break spaces only", "\u3000\u00A0 " },
        { "soft hyphen and variation selector only", "\u00AD\uFE0F" },
    };

    [Theory]
    [MemberData(nameof(RejectedNames))]
    public void Names_with_control_bidi_or_only_invisible_characters_are_rejected(string what, string name)
    {
        Assert.True(TextRules.Problem("Name", name, TextKind.Name, 200) is not null, what);
    }

    [Theory]
    [InlineData("Claims triage classifier")]
    [InlineData("Straße-Überwachung 2")]
    [InlineData("مصنف المطالبات")] // right-to-left script itself is fine, only the invisible controls are not
    [InlineData("顧客対応アシスタント 🤖")]
    [InlineData("Zero\u200Dwidth joiner inside a visible name")]
    public void Ordinary_names_in_any_script_are_accepted(string name) =>
        Assert.Null(TextRules.Problem("Name", name, TextKind.Name, 200));

    [Fact]
    public void Multi_line_text_allows_tab_and_line_breaks_and_bidi_but_not_other_controls()
    {
        Assert.Null(TextRules.Problem("Purpose", "Line one\r\nLine two\tindented \u202Bعربي\u202C", TextKind.MultiLine, 8000));
        Assert.Equal("Purpose contains a control character (U+001B) at position 5; remove it.",
            TextRules.Problem("Purpose", "Bad \u001b[2J", TextKind.MultiLine, 8000));
        Assert.NotNull(TextRules.Problem("Purpose", "NUL\0", TextKind.MultiLine, 8000));
    }

    [Fact]
    public void Messages_name_the_character_and_its_position()
    {
        Assert.Equal("Name must be a single line: it contains a tab or line break (U+000A) at position 3.",
            TextRules.Problem("Name", "ab\ncd", TextKind.Name, 200));
        Assert.StartsWith("Name contains a bidirectional text control (U+202E) at position 8",
            TextRules.Problem("Name", "Invoice\u202Efdp.exe", TextKind.Name, 200), StringComparison.Ordinal);
        Assert.Equal("Name must contain visible characters; it holds only spaces or invisible characters.",
            TextRules.Problem("Name", "\u200B", TextKind.Name, 200));
        Assert.Equal("Name must be at most 200 characters (it has 201).", TextRules.Problem("Name", new string('n', 201), TextKind.Name, 200));
    }

    [Theory]
    [InlineData("Straße", "STRASSE")]
    [InlineData("straße", "Strasse")]
    [InlineData("ẞ", "ss")] // capital sharp s
    [InlineData("ｓｔｒａｓｓｅ", "STRASSE")] // full-width
    [InlineData("Å", "\u212B")] // A with ring vs the ångström sign
    [InlineData("Å", "A\u030A")] // precomposed vs combining ring
    [InlineData("å", "\u212B")]
    [InlineData("ﬁle", "FILE")] // ligature
    [InlineData("ΣΑΣ", "σας")] // final sigma
    [InlineData("\u212Aelvin", "kelvin")] // Kelvin sign
    [InlineData("Claims  triage", " claims triage ")] // white space runs and ends
    [InlineData("Cla\u200Bims", "Claims")] // zero-width space ignored
    [InlineData("Ⅻ model", "xii MODEL")] // compatibility roman numeral
    public void Names_that_differ_only_in_case_width_or_composition_share_a_key(string a, string b) =>
        Assert.Equal(NameKeys.For(a), NameKeys.For(b));

    [Theory]
    [InlineData("Résumé", "Resume")] // accents are significant
    [InlineData("Model 1", "Model 2")]
    [InlineData("Claims-triage", "Claims triage")]
    [InlineData("ı", "i")] // dotless i is its own letter
    public void Different_names_have_different_keys(string a, string b) =>
        Assert.NotEqual(NameKeys.For(a), NameKeys.For(b));

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("99999")]
    [InlineData("3651")]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("")]
    [InlineData("99999999999999999999")]
    public void Token_lifetimes_outside_1_to_3650_days_or_not_numbers_are_errors(string text)
    {
        Assert.NotNull(ApiTokenExpiry.Parse(text, out var days));
        Assert.Null(days);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData(" 90 ", 90)]
    [InlineData("3650", 3650)]
    [InlineData("never", null)]
    [InlineData("NEVER", null)]
    public void Valid_token_lifetimes_parse(string text, int? expected)
    {
        Assert.Null(ApiTokenExpiry.Parse(text, out var days));
        Assert.Equal(expected, days);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("Zürich 🤖", "Zürich 🤖")]
    [InlineData("red \u001b[31malert", @"red \u001b[31malert")]
    [InlineData("bell\u0007 nul\0", @"bell\u0007 nul\u0000")]
    [InlineData("two\nlines\r", @"two\u000alines\u000d")]
    [InlineData("Invoice\u202Efdp.exe", @"Invoice\u202efdp.exe")]
    [InlineData("isolate\u2066x\u2069", @"isolate\u2066x\u2069")]
    [InlineData("C1\u009b", @"C1\u009b")]
    [InlineData(@"back\slash", @"back\\slash")]
    public void The_cli_prints_controls_and_bidi_characters_as_visible_escapes(string raw, string printed) =>
        Assert.Equal(printed, TerminalText.Escape(raw));

    [Fact]
    public void The_cli_escapes_unpaired_surrogates_but_keeps_pairs()
    {
        // Built in code: attribute strings cannot carry a lone surrogate through metadata.
        Assert.Equal(@"lone\ud800 pair 🤖", TerminalText.Escape("lone" + (char)0xD800 + " pair 🤖"));
        Assert.NotNull(TextRules.Problem("Name", "A" + (char)0xDC00, TextKind.Name, 200));
    }
}
