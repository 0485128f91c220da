namespace Aims.Core.Text;

/// <summary>Which character rules of <see cref="TextRules"/> a field follows.</summary>
public enum TextKind
{
    /// <summary>A name people recognise a record by: single-line rules, and it must show at least one visible character.</summary>
    Name,

    /// <summary>One line of text (e.g. a sector or an e-mail): no control characters, no tabs or line breaks, no bidi controls.</summary>
    SingleLine,

    /// <summary>Free text over several lines: tab and line breaks allowed, other control characters not.</summary>
    MultiLine,
}
