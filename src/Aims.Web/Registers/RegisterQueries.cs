using Aims.Core.Registers;
using Aims.Web.Api;

namespace Aims.Web.Registers;

/// <summary>
/// Reads a register list request from the query string: <c>q</c>, <c>sort</c>, <c>page</c>, <c>pageSize</c> and the
/// register's own filters by name. Paging values that are not whole numbers answer 400 naming the parameter.
/// </summary>
public static class RegisterQueries
{
    public static RegisterQuery From<T, TView>(HttpRequest request, RegisterDefinition<T, TView> definition)
        where T : RegisterRecord
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(definition);
        var query = request.Query;
        var filters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var filter in definition.Filters)
        {
            if (query.TryGetValue(filter.Name, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                filters[filter.Name] = value.ToString();
            }
        }

        return new RegisterQuery
        {
            Search = query["q"],
            Sort = query["sort"],
            Page = QueryValues.ParseInt(query["page"], "page", 1),
            PageSize = QueryValues.ParseInt(query["pageSize"], "pageSize", PageWindow.DefaultPageSize),
            Filters = filters,
        };
    }
}
