namespace Aims.Core.Access;

/// <summary>A token just created: the clear value (shown once; only its hash is stored) and the record as listed.</summary>
public sealed record CreatedApiToken(string Token, ApiTokenView Record);
