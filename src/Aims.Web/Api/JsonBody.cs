using System.Text.Json;
using Aims.Core.Common;
using Microsoft.Extensions.Options;

namespace Aims.Web.Api;

/// <summary>
/// A JSON request body read by hand (where a handler cannot bind it: a form that also accepts uploads, a generic
/// handler), failing exactly like a bound body: bad JSON is a 400 naming the field and position, none is a 400 too.
/// </summary>
public static class JsonBody
{
    public static async Task<T> ReadAsync<T>(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var options = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        try
        {
            return await http.Request.ReadFromJsonAsync<T>(options, http.RequestAborted)
                   ?? throw new ValidationFailedException("body", "The request body is empty; send a JSON object.");
        }
        catch (JsonException e)
        {
            throw new BadHttpRequestException("The request body is not valid JSON.", StatusCodes.Status400BadRequest, e);
        }
    }
}
