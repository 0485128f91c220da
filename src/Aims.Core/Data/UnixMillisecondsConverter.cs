using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Aims.Core.Data;

/// <summary>Stores DateTimeOffset as UTC Unix milliseconds (SQLite only), sortable and exact at our precision.</summary>
public sealed class UnixMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.ToUnixTimeMilliseconds(),
    v => DateTimeOffset.FromUnixTimeMilliseconds(v));
