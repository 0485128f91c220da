namespace Aims.Core.Bootstrap;

/// <summary>What first-run initialization did; the host prints it (the generated password exactly once).</summary>
public sealed record InitializationResult(string? CreatedAdminEmail, string? GeneratedAdminPassword, bool SeededDemo);
