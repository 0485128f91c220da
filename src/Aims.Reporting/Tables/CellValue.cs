using System.Globalization;

namespace Aims.Reporting.Tables;

/// <summary>
/// One typed cell of an exported table. Columns return it from their value function; the implicit conversions let a
/// column be declared as <c>row =&gt; row.Name</c> or <c>row =&gt; row.UpdatedAt</c>. A null string or nullable value
/// becomes <see cref="Null"/>.
/// </summary>
public readonly record struct CellValue
{
    private readonly string? _text;
    private readonly decimal _decimal;
    private readonly double _double;
    private readonly long _ticks;

    private CellValue(CellKind kind, string? text = null, decimal number = 0, double real = double.NaN, long ticks = 0)
    {
        Kind = kind;
        _text = text;
        _decimal = number;
        _double = real;
        _ticks = ticks;
    }

    /// <summary>The empty cell.</summary>
    public static CellValue Null => default;

    public CellKind Kind { get; }

    /// <summary>
    /// The value as a CLR object: <see cref="string"/>, <see cref="decimal"/> or <see cref="double"/> (numbers keep the
    /// type they were given), <see cref="DateTimeOffset"/> in UTC, <see cref="DateOnly"/>, <see cref="bool"/>, or null.
    /// </summary>
    public object? Value => Kind switch
    {
        CellKind.Text => _text,
        CellKind.Number => IsDouble ? _double : _decimal,
        CellKind.Instant => new DateTimeOffset(_ticks, TimeSpan.Zero),
        CellKind.Date => DateOnly.FromDayNumber((int)_ticks),
        CellKind.Boolean => _ticks != 0,
        _ => null,
    };

    internal string TextValue => _text!;

    internal DateTime UtcInstant => new(_ticks, DateTimeKind.Utc);

    internal DateOnly DateValue => DateOnly.FromDayNumber((int)_ticks);

    internal bool BooleanValue => _ticks != 0;

    private bool IsDouble => !double.IsNaN(_double);

    public static CellValue Text(string? value) => value is null ? Null : new(CellKind.Text, text: value);

    public static CellValue Number(decimal value) => new(CellKind.Number, number: value);

    /// <summary>A floating-point number; NaN and infinities have no spelling in CSV or xlsx and are refused.</summary>
    public static CellValue Number(double value) => double.IsFinite(value)
        ? new(CellKind.Number, real: value)
        : throw new ArgumentOutOfRangeException(nameof(value), value, "A table cell holds finite numbers only (no NaN or infinity).");

    public static CellValue Instant(DateTimeOffset value) => new(CellKind.Instant, ticks: value.UtcTicks);

    public static CellValue Date(DateOnly value) => new(CellKind.Date, ticks: value.DayNumber);

    public static CellValue Boolean(bool value) => new(CellKind.Boolean, ticks: value ? 1 : 0);

    public static implicit operator CellValue(string? value) => Text(value);

    public static implicit operator CellValue(int value) => Number((decimal)value);

    public static implicit operator CellValue(int? value) => value is { } v ? Number((decimal)v) : Null;

    public static implicit operator CellValue(long value) => Number((decimal)value);

    public static implicit operator CellValue(long? value) => value is { } v ? Number((decimal)v) : Null;

    public static implicit operator CellValue(decimal value) => Number(value);

    public static implicit operator CellValue(decimal? value) => value is { } v ? Number(v) : Null;

    public static implicit operator CellValue(double value) => Number(value);

    public static implicit operator CellValue(double? value) => value is { } v ? Number(v) : Null;

    public static implicit operator CellValue(bool value) => Boolean(value);

    public static implicit operator CellValue(bool? value) => value is { } v ? Boolean(v) : Null;

    public static implicit operator CellValue(DateTimeOffset value) => Instant(value);

    public static implicit operator CellValue(DateTimeOffset? value) => value is { } v ? Instant(v) : Null;

    public static implicit operator CellValue(DateOnly value) => Date(value);

    public static implicit operator CellValue(DateOnly? value) => value is { } v ? Date(v) : Null;

    /// <summary>Identifiers are exported as their canonical text (<c>D</c> format), so they never look like numbers.</summary>
    public static implicit operator CellValue(Guid value) => Text(value.ToString("D"));

    public static implicit operator CellValue(Guid? value) => value is { } v ? Text(v.ToString("D")) : Null;

    /// <summary>
    /// The value spelled culture-invariantly, as CSV writes it before quoting: numbers with a dot, instants as ISO 8601
    /// UTC with <c>Z</c> (fractions only when present), dates as <c>yyyy-MM-dd</c>, booleans as <c>true</c>/<c>false</c>.
    /// </summary>
    public override string ToString() => Kind switch
    {
        CellKind.Text => _text!,
        CellKind.Number => IsDouble ? _double.ToString("R", CultureInfo.InvariantCulture) : _decimal.ToString(CultureInfo.InvariantCulture),
        CellKind.Instant => UtcInstant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture),
        CellKind.Date => DateValue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        CellKind.Boolean => BooleanValue ? "true" : "false",
        _ => "",
    };
}
