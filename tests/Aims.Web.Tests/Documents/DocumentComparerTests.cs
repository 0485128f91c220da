using System.Text;
using Aims.Core.Documents.Comparison;

namespace Aims.Web.Tests.Documents;

/// <summary>Comparing two versions: what changed, line by line and word by word, as a reviewer reads it.</summary>
public sealed class DocumentComparerTests
{
    private const string Version1 = "# AI policy\n\nWe review this policy yearly.\nOwner: Jane Doe\n- [ ] publish on intranet\nKeep this line.\n";
    private const string Version2 = "# AI policy\n\nIntroduction added.\nWe review this policy every two years.\nOwner: Bob Roe\n- [ ] tell all suppliers\nKeep this line.\n";

    [Fact]
    public void Lines_are_marked_unchanged_added_removed_or_modified_in_reading_order()
    {
        var comparison = DocumentComparer.Compare(Version1, Version2);
        Assert.Equal(
            [
                (DiffLineKind.Unchanged, 1, 1),
                (DiffLineKind.Unchanged, 2, 2),
                (DiffLineKind.Added, (int?)null, 3),
                (DiffLineKind.Modified, 3, 4),
                (DiffLineKind.Modified, 4, 5),
                (DiffLineKind.Removed, 5, (int?)null),
                (DiffLineKind.Added, null, 6),
                (DiffLineKind.Unchanged, 6, 7),
            ],
            comparison.Lines.Select(l => (l.Kind, l.OldNumber, l.NewNumber)));
        Assert.Equal((2, 1, 2, 3),
            (comparison.LinesAdded, comparison.LinesRemoved, comparison.LinesModified, comparison.LinesUnchanged));
        Assert.True(comparison.HasChanges);
    }

    [Fact]
    public void A_modified_line_shows_exactly_the_words_that_changed()
    {
        var line = DocumentComparer.Compare(Version1, Version2).Lines.First(l => l.Kind == DiffLineKind.Modified);
        Assert.Equal("We review this policy yearly.", line.OldText);
        Assert.Equal("We review this policy every two years.", line.NewText);
        Assert.Equal(
            [
                new DiffSegment(DiffSegmentKind.Unchanged, "We review this policy "),
                new DiffSegment(DiffSegmentKind.Removed, "yearly"),
                new DiffSegment(DiffSegmentKind.Added, "every two years"),
                new DiffSegment(DiffSegmentKind.Unchanged, "."),
            ],
            line.Segments);
    }

    [Fact]
    public void Segments_spell_the_old_and_the_new_text_of_every_line()
    {
        var comparison = DocumentComparer.Compare(Version1, Version2);
        foreach (var line in comparison.Lines)
        {
            var old = string.Concat(line.Segments.Where(s => s.Kind != DiffSegmentKind.Added).Select(s => s.Text));
            var now = string.Concat(line.Segments.Where(s => s.Kind != DiffSegmentKind.Removed).Select(s => s.Text));
            Assert.Equal(line.OldText ?? "", old);
            Assert.Equal(line.NewText ?? "", now);
            Assert.All(line.Segments, s => Assert.NotEmpty(s.Text));
        }
    }

    [Theory]
    [InlineData("a\r\nb\r\nc\r\n", "a\nb\nc\n")]
    [InlineData("a\rb\rc", "a\nb\nc\n")]
    [InlineData("a\nb\nc", "a\nb\nc\n")]
    public void Line_endings_and_a_missing_final_newline_are_not_changes(string old, string now)
    {
        var comparison = DocumentComparer.Compare(old, now);
        Assert.False(comparison.HasChanges);
        Assert.Equal(3, comparison.LinesUnchanged);
        Assert.Equal("", comparison.ToUnifiedDiff("v1", "v2"));
        Assert.Empty(comparison.Hunks());
    }

    [Fact]
    public void An_edit_under_different_line_endings_is_found_and_only_it()
    {
        var comparison = DocumentComparer.Compare("one\r\ntwo\r\nthree\r\n", "one\ntwo!\nthree");
        var changed = Assert.Single(comparison.Lines, l => l.Kind != DiffLineKind.Unchanged);
        Assert.Equal((DiffLineKind.Modified, "two", "two!"), (changed.Kind, changed.OldText, changed.NewText));
    }

    [Fact]
    public void Against_an_empty_version_every_line_is_added_or_removed()
    {
        var created = DocumentComparer.Compare("", "first\n\nthird\n");
        Assert.Equal([DiffLineKind.Added, DiffLineKind.Added, DiffLineKind.Added], created.Lines.Select(l => l.Kind));
        Assert.Empty(created.Lines[1].Segments); // the empty line has no text to mark
        Assert.Equal("--- empty\n+++ v1\n@@ -0,0 +1,3 @@\n+first\n+\n+third\n", created.ToUnifiedDiff("empty", "v1"));

        var emptied = DocumentComparer.Compare("only line", "");
        Assert.Equal(DiffLineKind.Removed, Assert.Single(emptied.Lines).Kind);
        Assert.Equal("--- v1\n+++ v2\n@@ -1 +0,0 @@\n-only line\n", emptied.ToUnifiedDiff("v1", "v2"));

        var nothing = DocumentComparer.Compare("", "");
        Assert.Empty(nothing.Lines);
        Assert.False(nothing.HasChanges);
    }

    [Fact]
    public void Unrelated_replacement_lines_are_removed_and_added_not_modified()
    {
        var comparison = DocumentComparer.Compare("## Scope\nAll AI systems.\n", "## Purpose\nWhy we do this.\n");
        Assert.Equal([DiffLineKind.Removed, DiffLineKind.Removed, DiffLineKind.Added, DiffLineKind.Added],
            comparison.Lines.Select(l => l.Kind));
    }

    [Fact]
    public void A_moved_line_shows_leaving_and_arriving_never_as_an_edit_of_itself()
    {
        var comparison = DocumentComparer.Compare("alpha\nbeta\ngamma\n", "beta\ngamma\nalpha\n");
        Assert.DoesNotContain(comparison.Lines, l => l.Kind == DiffLineKind.Modified);
        Assert.Equal(1, comparison.LinesRemoved);
        Assert.Equal(1, comparison.LinesAdded);
    }

    [Fact]
    public void The_unified_diff_groups_each_run_of_changes_as_diff_u_does()
    {
        var diff = DocumentComparer.Compare(Version1, Version2).ToUnifiedDiff("AI policy v1", "AI policy v2");
        Assert.Equal(
            """
            --- AI policy v1
            +++ AI policy v2
            @@ -1,6 +1,7 @@
             # AI policy
             
            -We review this policy yearly.
            -Owner: Jane Doe
            -- [ ] publish on intranet
            +Introduction added.
            +We review this policy every two years.
            +Owner: Bob Roe
            +- [ ] tell all suppliers
             Keep this line.

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            diff);
    }

    [Fact]
    public void Distant_changes_get_separate_hunks_with_context_and_close_ones_share_one()
    {
        var old = string.Join("\n", Enumerable.Range(1, 30).Select(i => $"line {i}")) + "\n";
        var now = old.Replace("line 3\n", "line three\n", StringComparison.Ordinal)
            .Replace("line 9\n", "line nine\n", StringComparison.Ordinal)
            .Replace("line 25\n", "", StringComparison.Ordinal);
        var comparison = DocumentComparer.Compare(old, now);
        var hunks = comparison.Hunks();
        Assert.Equal([(1, 12, 1, 12), (22, 7, 22, 6)], hunks.Select(h => (h.OldStart, h.OldCount, h.NewStart, h.NewCount)));
        Assert.Equal("line 1", hunks[0].Lines[0].OldText);
        Assert.Equal("line 12", hunks[0].Lines[^1].OldText);
        Assert.Equal(["line 22", "line 23", "line 24", "line 25", "line 26", "line 27", "line 28"],
            hunks[1].Lines.Select(l => l.OldText));

        var tight = comparison.Hunks(contextLines: 0);
        Assert.Equal([(3, 1, 3, 1), (9, 1, 9, 1), (25, 1, 24, 0)],
            tight.Select(h => (h.OldStart, h.OldCount, h.NewStart, h.NewCount)));
        Assert.Contains("@@ -25 +24,0 @@\n-line 25\n", comparison.ToUnifiedDiff("a", "b", 0), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => comparison.Hunks(-1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("two\nlines")]
    [InlineData("carriage\rreturn")]
    public void A_unified_diff_label_must_be_one_non_empty_line(string label)
    {
        var comparison = DocumentComparer.Compare("a", "b");
        Assert.Throws<ArgumentException>(() => comparison.ToUnifiedDiff(label, "v2"));
        Assert.Throws<ArgumentException>(() => comparison.ToUnifiedDiff("v1", label));
    }

    [Fact]
    public void A_one_megabyte_body_against_a_small_edit_finds_just_that_edit()
    {
        var body = new StringBuilder();
        for (var i = 0; body.Length < 1024 * 1024; i++)
        {
            body.Append("Paragraph ").Append(i).Append(" says what the organization does about topic ").Append(i % 97).Append(".\n\n");
        }

        var old = body.ToString();
        var now = old.Replace("Paragraph 5000 says", "Paragraph 5000 now says", StringComparison.Ordinal)
            .Replace("Paragraph 9000 says what the organization does about topic 76.\n", "", StringComparison.Ordinal);
        var comparison = DocumentComparer.Compare(old.Replace("\n", "\r\n", StringComparison.Ordinal), now);
        Assert.Equal((0, 1, 1), (comparison.LinesAdded, comparison.LinesRemoved, comparison.LinesModified));
        var modified = Assert.Single(comparison.Lines, l => l.Kind == DiffLineKind.Modified);
        Assert.Equal(new DiffSegment(DiffSegmentKind.Added, "now "), Assert.Single(modified.Segments, s => s.Kind != DiffSegmentKind.Unchanged));
        Assert.Equal(2, comparison.Hunks().Count);
    }
}
