using System.Diagnostics;

namespace Aims.Evidence;

/// <summary>
/// Phase timestamps for performance work: with <c>AIMS_EVIDENCE_TRACE=1</c> every phase of a run writes one line to
/// stderr (milliseconds since the process started, garbage collections so far, bytes allocated). Off by default; a
/// disabled mark costs one static read. docs/performance.md uses it to show where the time of a run goes.
/// </summary>
internal static class EvidenceTrace
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("AIMS_EVIDENCE_TRACE") == "1";
    private static readonly Lock Gate = new();
    private static double _startOffsetMs = double.NaN;
    private static readonly Stopwatch Clock = new();

    /// <summary>A numbered phase (a row group); the label is only built when tracing is on.</summary>
    public static void Mark(string phase, int number)
    {
        if (Enabled)
        {
            Mark(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{phase} {number}"));
        }
    }

    public static void Mark(string phase)
    {
        if (!Enabled)
        {
            return;
        }

        lock (Gate)
        {
            if (double.IsNaN(_startOffsetMs))
            {
                using var self = Process.GetCurrentProcess();
                _startOffsetMs = (DateTime.Now - self.StartTime).TotalMilliseconds;
                Clock.Start();
            }

            var ms = _startOffsetMs + Clock.Elapsed.TotalMilliseconds;
            Console.Error.WriteLine(
                $"[trace] {ms,7:F1} ms  {phase,-20} gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, allocated {GC.GetTotalAllocatedBytes() >> 20} MB");
        }
    }
}
