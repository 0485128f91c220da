namespace Aims.Cli;

/// <summary>A failure with a message meant for the person at the terminal.</summary>
public sealed class CliException(string message) : Exception(message);
