namespace Aims.Web.Components.Ui;

/// <summary>One field of a ledger entry, worded for people: "Lifecycle stage: Deployment → Operation and monitoring".</summary>
/// <param name="Field">Readable field name.</param>
/// <param name="From">Value before the change; null for a created record (or a field that was empty).</param>
/// <param name="To">Value after the change.</param>
/// <param name="IsChange">True for an update (show from → to), false for a created record's initial value.</param>
public sealed record ChangeLine(string Field, string? From, string? To, bool IsChange);
