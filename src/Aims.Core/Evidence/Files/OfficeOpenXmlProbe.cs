using System.IO.Compression;
using System.Xml;

namespace Aims.Core.Evidence.Files;

/// <summary>
/// A ZIP file is accepted only as a Word, Excel or PowerPoint file: an Office Open XML package whose
/// <c>[Content_Types].xml</c> names exactly one main document part of those three kinds, that part present in the
/// archive, and no macro project. Only the central directory and the content-types part are read, so a ZIP bomb costs
/// nothing.
/// </summary>
internal static class OfficeOpenXmlProbe
{
    private const string ContentTypesPart = "[Content_Types].xml";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const long MaxContentTypesBytes = 1 << 20;
    private const string NotOffice = "a ZIP archive that is not a Word, Excel or PowerPoint file";

    private static readonly Dictionary<string, StoredFileKind> MainParts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"] = StoredFileKind.Docx,
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"] = StoredFileKind.Xlsx,
        ["application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"] = StoredFileKind.Pptx,
    };

    public static async Task<StoredFileKind> DetectAsync(string path, CancellationToken cancellationToken)
    {
        ZipArchive archive;
        try
        {
            archive = await ZipFile.OpenReadAsync(path, cancellationToken);
        }
        catch (InvalidDataException)
        {
            throw new UnsupportedFileContentException("a damaged ZIP archive");
        }

        await using (archive)
        {
            var types = archive.GetEntry(ContentTypesPart)
                ?? throw new UnsupportedFileContentException(NotOffice + " (it has no [Content_Types].xml)");
            if (types.Length > MaxContentTypesBytes)
            {
                throw new UnsupportedFileContentException(NotOffice + " (its [Content_Types].xml is implausibly large)");
            }

            var declared = await ReadContentTypesAsync(types, cancellationToken);
            if (declared.Exists(d => d.ContentType.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)
                || d.ContentType.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase)))
            {
                throw new UnsupportedFileContentException("an Office file with macros (save it as .docx, .xlsx or .pptx without macros)");
            }

            var mains = declared.Where(d => d.PartName is not null && MainParts.ContainsKey(d.ContentType)).ToList();
            if (mains.Count != 1)
            {
                var other = declared.FirstOrDefault(d => d.ContentType.EndsWith(".main+xml", StringComparison.OrdinalIgnoreCase));
                throw new UnsupportedFileContentException(mains.Count > 1
                    ? NotOffice + " (it declares more than one main document)"
                    : other is null ? NotOffice : $"{NotOffice} (its main part is {other.ContentType})");
            }

            var mainPart = mains[0].PartName!.TrimStart('/');
            if (!archive.Entries.Any(e => string.Equals(e.FullName, mainPart, StringComparison.OrdinalIgnoreCase)))
            {
                throw new UnsupportedFileContentException($"a damaged Office file (its main part /{mainPart} is missing)");
            }

            return MainParts[mains[0].ContentType];
        }
    }

    private sealed record DeclaredType(string? PartName, string ContentType);

    private static async Task<List<DeclaredType>> ReadContentTypesAsync(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        var declared = new List<DeclaredType>();
        var settings = new XmlReaderSettings
        {
            Async = true, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxContentTypesBytes,
        };
        try
        {
            await using var stream = await entry.OpenAsync(cancellationToken);
            using var reader = XmlReader.Create(stream, settings);
            while (await reader.ReadAsync())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != ContentTypesNamespace)
                {
                    continue;
                }

                var contentType = reader.GetAttribute("ContentType");
                if (contentType is not null && reader.LocalName is "Override" or "Default")
                {
                    declared.Add(new DeclaredType(reader.LocalName == "Override" ? reader.GetAttribute("PartName") : null, contentType));
                }
            }
        }
        catch (Exception e) when (e is XmlException or InvalidDataException)
        {
            throw new UnsupportedFileContentException(NotOffice + " (its [Content_Types].xml cannot be read)");
        }

        return declared;
    }
}
