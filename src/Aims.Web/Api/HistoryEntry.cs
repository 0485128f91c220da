namespace Aims.Web.Api;

/// <summary>One change to a record as read from the ledger.</summary>
public sealed record HistoryEntry(long Sequence, DateTimeOffset Timestamp, string Actor, string Action, string Changes, string Hash);
