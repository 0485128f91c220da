namespace Aims.Core.Registers;

/// <summary>The permissions of one register in the matrix (<see cref="Access.Permissions"/>).</summary>
/// <param name="Read">List, get, history and export.</param>
/// <param name="Write">Create and edit.</param>
/// <param name="Archive">Archive with a reason, and restore.</param>
public sealed record RegisterPermissions(string Read, string Write, string Archive);
