using System.Globalization;
using HdrHistogram;

namespace OrleansTrading.Benchmarks.Fix;

/// <summary>Prints an HDR histogram of nanoseconds as the percentiles the FIX benchmarks report, and appends it to an artifact file.</summary>
internal static class LatencyPercentiles
{
    /// <summary>A histogram of nanoseconds up to 10 s, 3 significant digits.</summary>
    public static LongHistogram NewHistogram() => new(TimeSpan.FromSeconds(10).Ticks * 100, 3);

    public static string Format(LongHistogram histogram) => string.Create(
        CultureInfo.InvariantCulture,
        $"p50 {Micros(histogram, 50)} µs, p90 {Micros(histogram, 90)} µs, p99 {Micros(histogram, 99)} µs, p99.9 {Micros(histogram, 99.9)} µs, max {histogram.GetMaxValue() / 1000.0:F1} µs");

    /// <summary>Writes <paramref name="report"/> to the console and appends it, timestamped, to <c>BenchmarkDotNet.Artifacts/{fileName}</c>.</summary>
    public static async Task PublishAsync(string report, string fileName)
    {
        Console.WriteLine(report);
        Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
        await File.AppendAllTextAsync(Path.Combine("BenchmarkDotNet.Artifacts", fileName), $"{DateTime.UtcNow:O} {report}{Environment.NewLine}");
    }

    private static string Micros(LongHistogram histogram, double percentile) =>
        (histogram.GetValueAtPercentile(percentile) / 1000.0).ToString("F1", CultureInfo.InvariantCulture);
}
