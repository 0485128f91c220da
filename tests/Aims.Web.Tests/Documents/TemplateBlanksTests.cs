using Aims.Core.Documents.Templates;

namespace Aims.Web.Tests.Documents;

/// <summary>The blank-finder the editor uses to warn before a version with open choices goes to review.</summary>
public sealed class TemplateBlanksTests
{
    [Fact]
    public void Finds_each_blank_with_its_prompt_and_position()
    {
        const string body = "# Policy\r\nReviewed every [[to decide: review interval]].\nOwner: [[to decide: owner role]]";
        var blanks = TemplateBlanks.Find(body);
        Assert.Equal(
            [
                new TemplateBlank("review interval", 2, 16, 25, 30),
                new TemplateBlank("owner role", 3, 8, 64, 25),
            ],
            blanks);
        Assert.All(blanks, b => Assert.StartsWith("[[to decide:", body.Substring(b.Index, b.Length), StringComparison.Ordinal));
        Assert.All(blanks, b => Assert.EndsWith("]]", body.Substring(b.Index, b.Length), StringComparison.Ordinal));
    }

    [Fact]
    public void A_lone_carriage_return_ends_a_line_too()
    {
        var blank = Assert.Single(TemplateBlanks.Find("one\rtwo\r[[to decide: x]]"));
        Assert.Equal((3, 1), (blank.Line, blank.Column));
    }

    [Theory]
    [InlineData("[[To Decide: owner]]", "owner")]
    [InlineData("[[ to  decide : owner ]]", "owner")]
    [InlineData("[[to decide:]]", "")]
    public void Case_and_spacing_do_not_hide_a_blank(string body, string prompt) =>
        Assert.Equal(prompt, Assert.Single(TemplateBlanks.Find(body)).Prompt);

    [Fact]
    public void A_blank_whose_closing_brackets_were_deleted_still_counts_up_to_its_line_end()
    {
        var blanks = TemplateBlanks.Find("Owner: [[to decide: owner role\nNext line [[to decide: date]]");
        Assert.Equal(["owner role", "date"], blanks.Select(b => b.Prompt));
        Assert.Equal("[[to decide: owner role".Length, blanks[0].Length);
    }

    [Fact]
    public void A_filled_body_has_no_blanks_and_look_alikes_are_not_blanks()
    {
        Assert.Empty(TemplateBlanks.Find("Owner: Head of AI governance. See [[wiki link]] and [to decide: later]."));
        Assert.Empty(TemplateBlanks.Find(""));
    }

    [Fact]
    public void Format_writes_a_blank_the_finder_reads_back()
    {
        var text = TemplateBlanks.Format(" retention period ");
        Assert.Equal("[[to decide: retention period]]", text);
        Assert.Equal("retention period", Assert.Single(TemplateBlanks.Find(text)).Prompt);
    }

    [Theory]
    [InlineData("a]]b")]
    [InlineData("two\nlines")]
    [InlineData(" ")]
    public void Format_refuses_a_prompt_that_would_end_the_blank_early(string prompt) =>
        Assert.ThrowsAny<ArgumentException>(() => TemplateBlanks.Format(prompt));
}
