using Aims.Core.Common;

namespace Aims.Core.Registers;

/// <summary>
/// A validated, 1-based page of a register list and the row offset it starts at. The offset is computed in 64 bits
/// and must fit the 32-bit offset databases and EF take, so a huge page number answers 400 naming <c>page</c>
/// instead of wrapping around to an earlier page (33 554 433 × 128 wrapped to page 1 before).
/// </summary>
public readonly record struct PageWindow(int Page, int PageSize, int Offset)
{
    public const int DefaultPageSize = 25;

    /// <summary>Adds an error per offending field to <paramref name="errors"/>; the result is only valid without errors.</summary>
    public static PageWindow Validate(int page, int pageSize, IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var sizeOk = pageSize is >= 1 and <= DomainRules.MaxPageSize;
        if (!sizeOk)
        {
            errors["pageSize"] = [$"Page size must be between 1 and {DomainRules.MaxPageSize}."];
        }

        if (page < 1)
        {
            errors["page"] = ["Page starts at 1."];
        }
        else if (sizeOk && ((long)page - 1) * pageSize > int.MaxValue)
        {
            var last = (int.MaxValue / pageSize) + 1;
            errors["page"] = [$"Page must be at most {last} with {pageSize} per page."];
        }

        return errors.ContainsKey("page") || errors.ContainsKey("pageSize")
            ? default
            : new PageWindow(page, pageSize, (page - 1) * pageSize);
    }
}
