using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Risk;
using OrleansTrading.Domain.Values;
using static OrleansTrading.Domain.Tests.Risk.RiskBooks;

namespace OrleansTrading.Domain.Tests.Risk;

public sealed class RiskBookProperties
{
    [Property(MaxTest = 300)]
    public Property Running_gross_notional_and_margin_equal_a_recomputation_from_scratch() => Prop.ForAll(
        (from kind in Gen.Choose(0, 4)
         from es in Gen.Elements(true, false)
         from buy in Gen.Elements(true, false)
         from amount in Gen.Choose(1, 10_000)
         select (kind, es, buy, amount)).ListOf().ToArbitrary(),
        events =>
        {
            var book = Book(withPrices: false);
            foreach (var (kind, es, buy, amount) in events)
            {
                var instrument = es ? Es : Aapl;
                var side = buy ? OrderSide.Buy : OrderSide.Sell;
                var quantity = new Quantity(amount / 10m);
                switch (kind)
                {
                    case 0: book.UpdateLastPrice(instrument, new Price(amount / 4m)); break;
                    case 1: book.OnOrderAccepted(new OrderCandidate(instrument, Strategy, side, quantity), T0); break;
                    case 2: book.OnFill(instrument, side, quantity); break;
                    case 3: book.OnOrderReleased(instrument, side, quantity); break;
                    default: book.SetPosition(instrument, buy ? amount : -amount); break;
                }
            }

            decimal gross = 0m, margin = 0m;
            foreach (var id in new[] { Aapl, Es })
            {
                book.TryGetInstrument(id, out var s);
                var exposure = Math.Max(Math.Abs(s.NetQuantity + s.OpenBuyQuantity), Math.Abs(s.NetQuantity - s.OpenSellQuantity));
                var multiplier = s.Profile.Multiplier;
                gross += s.HasLastPrice ? exposure * Math.Abs(s.LastPrice) * multiplier : 0m;
                margin += s.Profile.Margin.Basis == MarginBasis.PerContract
                    ? exposure * s.Profile.Margin.Amount
                    : s.HasLastPrice ? exposure * Math.Abs(s.LastPrice) * multiplier * s.Profile.Margin.Amount : 0m;
                if (s.OpenBuyQuantity < 0m || s.OpenSellQuantity < 0m)
                {
                    return false.Label("open quantity went negative");
                }
            }

            return (book.GrossNotional == gross).Label($"gross {book.GrossNotional} vs {gross}")
                .And((book.MarginUsed == margin).Label($"margin {book.MarginUsed} vs {margin}"));
        });
}
