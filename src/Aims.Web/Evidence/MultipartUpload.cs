using System.Text;
using Aims.Core.Common;
using Aims.Core.Evidence.Files;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Aims.Web.Evidence;

/// <summary>
/// Reads a <c>multipart/form-data</c> upload section by section, in arrival order: text fields are collected (each one
/// small, the whole set bounded), and the one <c>file</c> section is streamed straight into the file store's staging
/// area. Fields that arrived before the file are handed to a check first, so a bad form is refused before a byte of the
/// file is read. Nothing of the form is ignored: an unknown field, a second file or a missing one answers 400 naming it.
/// </summary>
public sealed class MultipartUpload : IAsyncDisposable
{
    public const string FileField = "file";

    /// <summary>Bytes one text field may hold (a description of 8 000 characters is at most 32 000 bytes of UTF-8).</summary>
    public const int FieldMaxBytes = 64 * 1024;

    /// <summary>Bytes all text fields together may hold; with the framing this is the allowance over the file limit.</summary>
    public const int FieldsMaxBytes = 512 * 1024;

    /// <summary>What the request body may exceed the file size limit by: the fields, part headers and boundaries.</summary>
    public const long FormAllowanceBytes = 1024 * 1024;

    /// <summary>Values all text fields together may hold (links of every kind fit many times over).</summary>
    public const int MaxFieldValues = 1_000;

    private const int MaxBoundaryLength = 70; // RFC 2046

    private readonly Dictionary<string, List<string>> _fields = new(StringComparer.Ordinal);

    // One byte past the limit proves a field too long without reading the rest of it; shared by the form's fields.
    private readonly byte[] _buffer = new byte[FieldMaxBytes + 1];
    private int _fieldBytes;
    private int _fieldValues;
    private IStagedFile? _file;

    private MultipartUpload()
    {
    }

    /// <summary>The text fields by name, each with its values in arrival order.</summary>
    public IReadOnlyDictionary<string, List<string>> Fields => _fields;

    /// <summary>The staged file (always there once <see cref="ReadAsync"/> has returned).</summary>
    public IStagedFile File => _file ?? throw new InvalidOperationException("The form has not been read.");

    /// <summary>The file name the client sent for the file, if any.</summary>
    public string? FileName { get; private set; }

    /// <param name="request">A multipart/form-data request.</param>
    /// <param name="allowedFields">The text fields the form may carry.</param>
    /// <param name="beforeFile">Checks the fields received so far; throws to refuse before the file is read.</param>
    /// <param name="stage">Streams the file section into staging.</param>
    public static async Task<MultipartUpload> ReadAsync(HttpRequest request, IReadOnlySet<string> allowedFields,
        Func<IReadOnlyDictionary<string, List<string>>, Task> beforeFile, Func<Stream, string?, Task<IStagedFile>> stage,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(allowedFields);
        ArgumentNullException.ThrowIfNull(beforeFile);
        ArgumentNullException.ThrowIfNull(stage);
        var upload = new MultipartUpload();
        try
        {
            var reader = new MultipartReader(Boundary(request.ContentType), request.Body) { BodyLengthLimit = null };
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase)
                    || string.IsNullOrEmpty(HeaderUtilities.RemoveQuotes(disposition.Name).Value))
                {
                    throw new ValidationFailedException("request", "Every part of the form needs 'Content-Disposition: form-data; name=\"…\"'.");
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value!;
                if (disposition.IsFileDisposition() || name == FileField)
                {
                    await upload.ReadFileAsync(name, disposition, section.Body, beforeFile, stage);
                }
                else
                {
                    await upload.ReadFieldAsync(name, allowedFields, section.Body, ct);
                }
            }

            if (upload._file is null)
            {
                throw new ValidationFailedException(FileField, $"The upload has no file: send it in a form field named '{FileField}'.");
            }

            return upload;
        }
        catch
        {
            await upload.DisposeAsync();
            throw;
        }
    }

    /// <summary>Removes the staged file unless it was committed.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            await _file.DisposeAsync();
        }
    }

    private async Task ReadFileAsync(string name, ContentDispositionHeaderValue disposition, Stream body,
        Func<IReadOnlyDictionary<string, List<string>>, Task> beforeFile, Func<Stream, string?, Task<IStagedFile>> stage)
    {
        if (name != FileField)
        {
            throw new ValidationFailedException(name, $"Only the form field '{FileField}' may carry a file.");
        }

        if (_file is not null)
        {
            throw new ValidationFailedException(FileField, "Send one file per upload.");
        }

        await beforeFile(_fields);
        var declared = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value;
        FileName = string.IsNullOrEmpty(declared) ? HeaderUtilities.RemoveQuotes(disposition.FileName).Value : declared;
        _file = await stage(body, FileName);
    }

    private async Task ReadFieldAsync(string name, IReadOnlySet<string> allowedFields, Stream body, CancellationToken ct)
    {
        if (!allowedFields.Contains(name))
        {
            throw new ValidationFailedException(name,
                $"Unknown form field '{name}'. The form takes: {FileField}, {string.Join(", ", allowedFields.Order(StringComparer.Ordinal))}.");
        }

        if (++_fieldValues > MaxFieldValues)
        {
            throw new ValidationFailedException(name, $"The form has more than {MaxFieldValues} fields.");
        }

        var buffer = _buffer;
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(length), ct)) > 0)
        {
            length += read;
        }

        if (length > FieldMaxBytes)
        {
            throw new ValidationFailedException(name, $"The field is longer than {FieldMaxBytes / 1024} KiB.");
        }

        _fieldBytes += length;
        if (_fieldBytes > FieldsMaxBytes)
        {
            throw new ValidationFailedException(name, $"The form's fields together are longer than {FieldsMaxBytes / 1024} KiB.");
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, length);
        }
        catch (DecoderFallbackException)
        {
            throw new ValidationFailedException(name, "The field is not valid UTF-8 text.");
        }

        if (!_fields.TryGetValue(name, out var values))
        {
            _fields[name] = values = [];
        }

        values.Add(text);
    }

    private static string Boundary(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media)
            || !string.Equals(media.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw new ValidationFailedException("Content-Type", $"Send the upload as 'multipart/form-data' (got '{contentType ?? "none"}').");
        }

        var boundary = HeaderUtilities.RemoveQuotes(media.Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary) || boundary.Length > MaxBoundaryLength)
        {
            throw new ValidationFailedException("Content-Type", "The multipart/form-data Content-Type needs a boundary of 1 to 70 characters.");
        }

        return boundary;
    }
}
