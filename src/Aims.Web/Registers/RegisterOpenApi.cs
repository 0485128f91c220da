using System.Text.Json.Nodes;
using Aims.Core.Registers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Aims.Web.Registers;

/// <summary>
/// Documents a register list's query parameters in the OpenAPI description. The handlers read them from the query
/// string by the register's declared names (so every register parses them alike), which the generator cannot see.
/// </summary>
public static class RegisterOpenApi
{
    public static RouteHandlerBuilder WithRegisterQuery<T, TView>(this RouteHandlerBuilder builder,
        RegisterDefinition<T, TView> definition, bool export = false)
        where T : RegisterRecord
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(definition);
        return builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(Parameter("q", "Free text: every word (3 or more characters) must occur, ignoring case."));
            operation.Parameters.Add(Parameter("sort", "Sort field, '-' for descending.",
                [.. definition.Sorts.Names, .. definition.Sorts.Names.Select(n => "-" + n)]));
            foreach (var filter in definition.Filters)
            {
                operation.Parameters.Add(Parameter(filter.Name, filter.Description, filter.Values));
            }

            if (export)
            {
                operation.Parameters.Add(Parameter("format", "csv (default) or xlsx.", ["csv", "xlsx"]));
            }
            else
            {
                operation.Parameters.Add(Parameter("page", "Page number, from 1.", integer: true));
                operation.Parameters.Add(Parameter("pageSize", $"Rows per page, 1 to {Core.Common.DomainRules.MaxPageSize} (default {PageWindow.DefaultPageSize}).", integer: true));
            }

            return Task.CompletedTask;
        });
    }

    private static OpenApiParameter Parameter(string name, string description, IReadOnlyList<string>? values = null, bool integer = false) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = description,
        Schema = new OpenApiSchema
        {
            Type = integer ? JsonSchemaType.Integer : JsonSchemaType.String,
            Enum = values is { Count: > 0 } ? [.. values.Select(v => (JsonNode)JsonValue.Create(v))] : null,
        },
    };
}
