using System.Text.Json;
using System.Text.Json.Nodes;
using Aims.Core.Common;
using Aims.Core.Registers.Editing;
using Aims.Web.Api;

namespace Aims.Web.Registers;

/// <summary>
/// A form's values (a JSON object, as the API would receive them) read into an input type with the API's JSON options,
/// so the form and the API read a field the same way; a value the type cannot hold is that field's error.
/// </summary>
public static class FormInput
{
    public static TInput Read<TInput>(JsonObject input, IReadOnlyList<RegisterField> fields, JsonSerializerOptions options)
        where TInput : class
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(fields);
        try
        {
            return input.Deserialize<TInput>(options) ?? throw new ValidationFailedException("body", "Nothing was entered.");
        }
        catch (JsonException e)
        {
            var key = ApiExceptionHandler.FieldFromJsonPath(e.Path);
            var field = fields.FirstOrDefault(f => f.Key == key);
            var expected = field?.Kind switch
            {
                FieldKind.Number => "a number such as 12 or 0.85",
                FieldKind.Date => "a date (yyyy-mm-dd)",
                FieldKind.Choice => "one of the listed values",
                _ => "a valid value",
            };
            throw new ValidationFailedException(key, $"{field?.Label ?? key} must be {expected}.");
        }
    }

    /// <summary>The problems of a form's values under <paramref name="check"/>, or the one value that could not be read.</summary>
    public static IReadOnlyDictionary<string, string[]> Problems<TInput>(JsonObject input, IReadOnlyList<RegisterField> fields,
        JsonSerializerOptions options, Func<TInput, IReadOnlyDictionary<string, string[]>> check)
        where TInput : class
    {
        ArgumentNullException.ThrowIfNull(check);
        try
        {
            return check(Read<TInput>(input, fields, options));
        }
        catch (ValidationFailedException e)
        {
            return e.Errors;
        }
    }
}
