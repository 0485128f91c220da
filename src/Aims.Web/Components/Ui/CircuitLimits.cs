namespace Aims.Web.Components.Ui;

/// <summary>
/// Size limits of the live (SignalR) connection behind the interactive UI, set on purpose. ASP.NET Core's default of
/// 32 KB per incoming message is smaller than one 8 000-character field in non-Latin script (MudBlazor sends a text
/// field's whole value on each input), and a message over the limit closes the connection without a word: that is
/// how a pasted 22 000-character purpose was lost. Long texts (policies of 100 kB and more) must fit with room for
/// JSON escaping and UTF-8 (up to 3 bytes per character), while one client must not make the server buffer without
/// bound; hence an explicit cap.
/// </summary>
public static class CircuitLimits
{
    /// <summary>Largest single message a browser may send over the circuit (1 MiB).</summary>
    public const long MaxReceiveMessageBytes = 1024 * 1024;

    /// <summary>Largest form a Save reads back from the browser through a stream (4 MiB, several long fields).</summary>
    public const long MaxFormBytes = 4 * 1024 * 1024;
}
