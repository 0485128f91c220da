namespace Aims.Core.Evidence.Files;

/// <summary>
/// The one spelling of a content address: 64 lower-case hex digits. Checked strictly before any path is built from it,
/// so no argument (<c>../x</c>, an absolute path, a differently cased duplicate) can reach outside the store.
/// </summary>
public static class ContentAddress
{
    public const int Length = 64;

    public static bool IsValid(string? sha256)
    {
        if (sha256 is null || sha256.Length != Length)
        {
            return false;
        }

        foreach (var c in sha256)
        {
            if (c is not ((>= '0' and <= '9') or (>= 'a' and <= 'f')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns <paramref name="sha256"/> when valid, else throws <see cref="ArgumentException"/> naming the rule.</summary>
    public static string Require(string? sha256, string parameterName = "sha256") =>
        IsValid(sha256)
            ? sha256!
            : throw new ArgumentException("A SHA-256 content address is exactly 64 lower-case hex digits (0-9, a-f).", parameterName);

    /// <summary><c>&lt;root&gt;/&lt;aa&gt;/&lt;bb&gt;/&lt;sha256&gt;</c>: two fan-out levels keep any one folder small.</summary>
    public static string PathUnder(string root, string sha256)
    {
        Require(sha256);
        return Path.Combine(root, sha256[..2], sha256[2..4], sha256);
    }
}
