namespace OrleansTrading.Domain.Bars;

/// <summary>
/// Receives the bars an aggregator closes, in close order, on the caller's thread. Bars are passed by reference
/// so emitting one allocates nothing; a sink that keeps a bar copies the struct.
/// </summary>
public interface IBarSink
{
    void OnBar(in Bar bar);
}
