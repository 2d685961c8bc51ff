using System.Text;
using OrleansTrading.Fix.Codec;

namespace OrleansTrading.Benchmarks.Fix;

/// <summary>The messages the FIX benchmarks use, comparable with the ones PERF-NOTES.md measured QuickFIX with.</summary>
internal static class FixBenchmarkMessages
{
    /// <summary>A 30-field FIX 4.4 ExecutionReport for a partial fill (header and trailer included).</summary>
    public static byte[] PartialFillExecutionReport() => Wire(
        "8=FIX.4.4|35=8|34=1042|49=BROKER|52=20260114-14:30:01.123|56=FUND|1=ACC-7|6=101.2500|11=CL-000123|14=300|15=USD|17=EX-98231|"
        + "22=4|31=101.25|32=100|37=OR-5531|38=1000|39=1|40=2|44=101.50|48=US0378331005|54=1|55=AAPL|59=0|60=20260114-14:30:01.120|"
        + "150=F|151=700|");

    /// <summary>Resets <paramref name="order"/> to a 7-field limit NewOrderSingle: buy <paramref name="quantity"/> AAPL at <paramref name="price"/>.</summary>
    public static FixMessageBuilder LimitOrder(FixMessageBuilder order, ReadOnlySpan<byte> clOrdId, decimal quantity, decimal price) =>
        order.Reset(FixMsgTypes.NewOrderSingle)
            .Add(FixTags.ClOrdId, clOrdId)
            .Add(FixTags.Symbol, "AAPL"u8)
            .Add(FixTags.Side, '1')
            .AddTimestamp(FixTags.TransactTime, DateTime.UtcNow)
            .Add(FixTags.OrderQty, quantity)
            .Add(FixTags.OrdType, '2')
            .Add(FixTags.Price, price);

    /// <summary>ClOrdIDs <c>CL-00000000</c>… as bytes, made before measuring.</summary>
    public static byte[][] ClOrdIds(int count) => [.. Enumerable.Range(0, count).Select(i => Encoding.ASCII.GetBytes($"CL-{i:D8}"))];

    private static byte[] Wire(string text)
    {
        var body = text[(text.IndexOf('|', StringComparison.Ordinal) + 1)..].Replace('|', '\u0001');
        var head = "8=FIX.4.4\u00019=" + Encoding.ASCII.GetByteCount(body) + "\u0001" + body;
        var bytes = Encoding.ASCII.GetBytes(head);
        return [.. bytes, .. Encoding.ASCII.GetBytes($"10={FixChecksum.Compute(bytes):D3}\u0001")];
    }
}
