using OrleansTrading.Domain.Bars;

namespace OrleansTrading.Domain.Tests.Bars;

internal sealed class BarCollector : IBarSink
{
    public List<Bar> Bars { get; } = [];

    public void OnBar(in Bar bar) => Bars.Add(bar);
}
