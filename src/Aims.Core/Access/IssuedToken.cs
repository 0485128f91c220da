namespace Aims.Core.Access;

/// <summary>A freshly issued token: the clear value (shown once, never stored) and its stored record.</summary>
public sealed record IssuedToken(string Value, ApiToken Record);
