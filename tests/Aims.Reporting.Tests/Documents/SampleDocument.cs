using Aims.Reporting.Documents;

namespace Aims.Reporting.Tests.Documents;

internal static class SampleDocument
{
    public const string Markdown = """
        # Purpose

        This **AI policy** sets out how *Grüße & Müller GmbH* develops and uses AI systems, see `A.2.2` and
        [the portal](https://example.org/aims).

        ## Commitments

        - We assess the impact of each AI system.
          - Nested: before release and yearly.
        - We keep records.

        3. Third step
        4. Fourth step

        > Management reviews this policy every year.

        ```
        risk = likelihood * impact
            indented line
        ```

        | Role | Responsibility |
        | --- | --- |
        | AIMS owner | Keeps the policy under review |
        | Data steward | Approves training data sets |

        ---

        Raw <script>alert(1)</script> stays text.
        """;

    /// <summary>Every construct of the advanced Markdown extensions, nested where Markdown allows it.</summary>
    public const string KitchenSink = """
        # H1
        ## H2
        ### H3
        #### H4
        ##### H5
        ###### H6

        > Quoted paragraph
        >
        > - quoted list item
        >
        > ```
        > quoted code
        > ```

        1. Item with a table:

           | In | List |
           | -- | ---- |
           | x  | y    |

        2. Item with code:

           ```
           listed code
           ```

        a. alpha one
        b. alpha two

        iv. roman four
        v. roman five

        - [x] done task
        - [ ] open task

        +---------+---------+
        | Grid    | Table   |
        +=========+=========+
        | - one   | cell    |
        | - two   |         |
        +---------+---------+

        Term
        :   Definition of the term

        > [!WARNING]
        > Alert text

        ~~struck~~ H~2~O x^2^ $E=mc^2$ *HTML* abbreviation: AIMS

        *[AIMS]: AI management system

        Footnote here[^note].

        [^note]: The footnote text.

        ^^^ Figure caption text
        ![diagram](https://example.org/d.png)
        ^^^
        """;

    public static DocumentToRender Create(string? markdown = null, string title = "AI policy") => new(title, "Version 3 (published)",
    [
        new("Title", title),
        new("Version", "3"),
        new("Status", "Published"),
        new("Approvers", "Jana Kovač, 2026-03-01 09:15 UTC\nOle Sørensen, 2026-03-02 14:00 UTC"),
        new("SHA-256", "9f2c4d1e8b7a6f5e4d3c2b1a09f8e7d6c5b4a39281706f5e4d3c2b1a0f9e8d7c"),
        new("Classification", "Internal"),
        new("Next review", "2027-03-01"),
    ], markdown ?? Markdown);

    /// <summary>Markdown of at least <paramref name="length"/> characters: sections with paragraphs, lists and tables.</summary>
    public static string Large(int length)
    {
        var text = new System.Text.StringBuilder();
        for (var section = 1; text.Length < length; section++)
        {
            text.Append("## Section ").Append(section).Append("\n\n");
            for (var p = 1; p <= 20; p++)
            {
                text.Append("Paragraph ").Append(p).Append(" of section ").Append(section)
                    .Append(": the organisation documents how its AI systems are assessed, approved, monitored and retired; ")
                    .Append("Prüfung, Überwachung and größere Änderungen are recorded with their evidence.\n\n");
            }

            text.Append("- first point\n- second point\n  1. nested\n\n| Key | Value |\n| --- | --- |\n| a | b |\n\n");
        }

        return text.ToString();
    }
}
