using System.CommandLine;
using OrleansTrading.Api.V1;
using static OrleansTrading.Cli.CliOptions;

namespace OrleansTrading.Cli;

/// <summary>positions list, risk snapshot, halt, resume, reduce-only, cancel-all.</summary>
internal static class RiskCommands
{
    private static readonly Option<string?> _account = Optional("--account", "an account");
    private static readonly Option<string?> _strategy = Optional("--strategy", "a strategy (across its accounts)");
    private static readonly Option<string?> _fund = Optional("--fund", "a fund");
    private static readonly Option<bool> _global = new("--global") { Description = "the whole platform" };
    private static readonly Option<string> _reason = Required("--reason", "why (recorded in the audit log and shown in refusals)");
    private static readonly Option<bool> _cancelOpenOrders = new("--cancel-open-orders") { Description = "also cancel every open order in the scope once the halt is in force" };
    private static readonly Option<string?> _instrument = Optional("--instrument", "only this instrument's orders");
    private static readonly Option<string?> _side = Optional("--side", "only this side's orders: buy or sell");

    public static Command Positions()
    {
        var list = new Command("list", "Positions of an account, a strategy or a fund") { _account, _strategy, _fund };
        list.SetAction(CliRunner.Api(async (parse, invoker, ct) =>
        {
            var (kind, id) = CliParsing.OneScope(parse.GetValue(_account), parse.GetValue(_strategy), parse.GetValue(_fund), false, allowFund: true, allowGlobal: false);
            var scope = kind switch
            {
                "account" => new PortfolioScope { AccountId = id },
                "strategy" => new PortfolioScope { StrategyId = id },
                _ => new PortfolioScope { FundId = id },
            };
            var response = await new PositionService.PositionServiceClient(invoker).ListPositionsAsync(new ListPositionsRequest { Scope = scope }, cancellationToken: ct);
            var lines = new List<string> { Output.PositionTable(response.Positions) };
            lines.AddRange(response.Totals.Select(t => $"total {t.Currency}: realized {t.RealizedPnl}  unrealized {t.UnrealizedPnl}  gross {t.GrossNotional}  net {t.NetNotional}"));
            return string.Join(Environment.NewLine, lines);
        }));
        return new Command("positions", "Positions") { list };
    }

    public static Command Snapshot()
    {
        var snapshot = new Command("snapshot", "Where an account or strategy stands against its limits, and the platform-wide mode") { _account, _strategy, _global };
        snapshot.SetAction(CliRunner.Api(async (parse, invoker, ct) =>
        {
            var scope = RiskScopeOf(parse);
            var response = await new RiskService.RiskServiceClient(invoker).GetRiskSnapshotAsync(new GetRiskSnapshotRequest { Scope = scope }, cancellationToken: ct);
            return Output.Risk(response);
        }));
        return new Command("risk", "Risk") { snapshot };
    }

    public static Command Halt()
    {
        var command = new Command("halt", "Stop new orders at an account, a strategy or the whole platform (cancels still work); --cancel-open-orders also pulls the working ones")
        {
            _account, _strategy, _global, _reason, _cancelOpenOrders,
        };
        command.SetAction(CliRunner.Api(async (parse, invoker, ct) =>
        {
            var scope = RiskScopeOf(parse);
            var response = await new RiskService.RiskServiceClient(invoker).HaltTradingAsync(
                new HaltTradingRequest { Scope = scope, Reason = parse.GetValue(_reason)!, CancelOpenOrders = parse.GetValue(_cancelOpenOrders) },
                cancellationToken: ct);
            var halted = $"{Describe(scope)} is now {Output.Name(response.Mode)}";
            return response.Cancelled is { } cancelled ? halted + Environment.NewLine + Output.MassCancel(cancelled) : halted;
        }));
        return command;
    }

    public static Command CancelAll()
    {
        var command = new Command("cancel-all", "Cancel every open order of an account, a strategy or the whole platform (optionally one instrument or side); does not halt")
        {
            _account, _strategy, _global, _instrument, _side, _reason,
        };
        command.SetAction(CliRunner.Api(async (parse, invoker, ct) =>
        {
            var request = new CancelOpenOrdersRequest { Scope = RiskScopeOf(parse), Reason = parse.GetValue(_reason)!, InstrumentId = parse.GetValue(_instrument) ?? "" };
            if (parse.GetValue(_side) is { } side)
            {
                request.Side = CliParsing.Side(side);
            }

            return Output.MassCancel(await new RiskService.RiskServiceClient(invoker).CancelOpenOrdersAsync(request, cancellationToken: ct));
        }));
        return command;
    }

    public static Command Resume() => ModeCommand("resume", "Allow new orders again",
        async (client, scope, reason, ct) => (await client.ResumeTradingAsync(new ResumeTradingRequest { Scope = scope, Reason = reason }, cancellationToken: ct)).Mode);

    public static Command ReduceOnly() => ModeCommand("reduce-only", "Allow only orders that reduce positions",
        async (client, scope, reason, ct) => (await client.SetReduceOnlyAsync(new SetReduceOnlyRequest { Scope = scope, Reason = reason }, cancellationToken: ct)).Mode);

    private static Command ModeCommand(string name, string description, Func<RiskService.RiskServiceClient, RiskScope, string, CancellationToken, Task<TradingMode>> call)
    {
        var command = new Command(name, description) { _account, _strategy, _global, _reason };
        command.SetAction(CliRunner.Api(async (parse, invoker, ct) =>
        {
            var scope = RiskScopeOf(parse);
            var mode = await call(new RiskService.RiskServiceClient(invoker), scope, parse.GetValue(_reason)!, ct);
            return $"{Describe(scope)} is now {Output.Name(mode)}";
        }));
        return command;
    }

    private static RiskScope RiskScopeOf(ParseResult parse)
    {
        var (kind, id) = CliParsing.OneScope(parse.GetValue(_account), parse.GetValue(_strategy), null, parse.GetValue(_global), allowFund: false, allowGlobal: true);
        return kind switch
        {
            "account" => new RiskScope { AccountId = id },
            "strategy" => new RiskScope { StrategyId = id },
            _ => new RiskScope { Global = true },
        };
    }

    private static string Describe(RiskScope scope) => scope.ScopeCase switch
    {
        RiskScope.ScopeOneofCase.AccountId => "account " + scope.AccountId,
        RiskScope.ScopeOneofCase.StrategyId => "strategy " + scope.StrategyId,
        _ => "the platform",
    };
}
