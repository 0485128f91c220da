namespace Aims.Core.Access;

/// <summary>An open session, and whether its user still has to replace a password someone else chose.</summary>
public sealed record SessionCheck(bool MustChangePassword);
