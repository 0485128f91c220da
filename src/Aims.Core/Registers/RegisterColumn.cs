namespace Aims.Core.Registers;

/// <summary>
/// One column of a register as people see it: the list on screen and every export take the same columns in the same
/// order, so a spreadsheet an auditor receives matches what the register showed. <see cref="Value"/> returns what
/// the screen shows (labels, not enum names): text, a number, a date-time, a date, a boolean or null.
/// </summary>
public sealed record RegisterColumn<TView>(string Key, string Header, Func<TView, object?> Value);
