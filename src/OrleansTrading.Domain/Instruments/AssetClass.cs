namespace OrleansTrading.Domain.Instruments;

public enum AssetClass
{
    Equity,
    Future,
    Option,
    Fx,
    Crypto,
    Bond,
    Index,
}
