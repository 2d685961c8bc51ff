using FsCheck;
using FsCheck.Xunit;
using OrleansTrading.Domain.Identifiers;
using OrleansTrading.Domain.Orders;
using OrleansTrading.Domain.Time;
using OrleansTrading.Execution.Routing;
using OrleansTrading.Fix.Store;

namespace OrleansTrading.Execution.Tests.Storage;

public sealed class RoutingTableCrashProperties
{
    private static readonly UnixNanos _now = UnixNanos.FromSeconds(1_800_000_000);

    /// <summary>
    /// Whatever byte a crash stops the file at, reopening gives exactly the table as it was after some prefix of the
    /// operations — the last one completely written — never a mix or a corrupt route.
    /// </summary>
    [Property(MaxTest = 60)]
    public bool A_crash_at_any_byte_reopens_as_the_last_complete_operation_left_it(NonEmptyArray<byte> operations, NonNegativeInt cutSeed)
    {
        var directory = Directory.CreateTempSubdirectory("ot-routes-prop-").FullName;
        try
        {
            var path = Path.Combine(directory, "venue.routes");
            var states = new List<(long Length, string State)>();
            using (var table = Open(path))
            {
                states.Add((new FileInfo(path).Length, Describe(table)));
                var requests = 0;
                foreach (var operation in operations.Get)
                {
                    var key = $"A|{operation % 7}";
                    switch (operation % 3)
                    {
                        case 0:
                            table.TryAdd(new OrderRoute(key, new AccountId("A"), new InstrumentId("AAPL.XNAS"), "AAPL", OrderSide.Buy, TimeInForce.Day, null, _now, [new ClientOrderId($"OT-{operation % 7}")]));
                            break;
                        case 1 when table.Find(key) is not null:
                            table.AddRequest(key, new ClientOrderId($"OT-{operation % 7}-{++requests}"));
                            break;
                        case 2:
                            table.Close(key, _now);
                            break;
                    }

                    states.Add((new FileInfo(path).Length, Describe(table)));
                }
            }

            var fullLength = new FileInfo(path).Length;
            var cut = fullLength == 0 ? 0 : cutSeed.Get % (fullLength + 1);
            using (var file = new FileStream(path, FileMode.Open))
            {
                file.SetLength(cut);
            }

            using var reopened = Open(path);
            var expected = states.Last(s => s.Length <= cut).State;
            return Describe(reopened) == expected;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static RoutingTable Open(string path) =>
        RoutingTable.Open(path, FixFsyncPolicy.None, TimeProvider.System, TimeSpan.FromDays(2), _now);

    private static string Describe(RoutingTable table) => string.Join(";",
        Enumerable.Range(0, 7).Select(i => table.Find($"A|{i}") is { } route
            ? $"{route.OrderKey}:{route.IsOpen}:{string.Join(",", route.ClientOrderIds)}"
            : $"A|{i}:-"));
}
