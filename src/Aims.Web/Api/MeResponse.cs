namespace Aims.Web.Api;

/// <summary>The authenticated identity as the API sees it.</summary>
public sealed record MeResponse(string Name, bool ViaToken);
