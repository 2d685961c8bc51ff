using System.CommandLine;
using OrleansTrading.Cli;

var root = new RootCommand("otrade: the OrleansTrading command line. Credentials: --api-key / OTRADE_API_KEY or --token / OTRADE_TOKEN; server: --endpoint / OTRADE_ENDPOINT.")
{
    CliOptions.Endpoint,
    CliOptions.ApiKey,
    CliOptions.Token,
    OrderCommands.Submit(),
    OrderCommands.SubmitBasket(),
    OrderCommands.Cancel(),
    OrderCommands.Replace(),
    OrderCommands.Get(),
    OrderCommands.List(),
    RiskCommands.Positions(),
    RiskCommands.Snapshot(),
    RiskCommands.Halt(),
    RiskCommands.Resume(),
    RiskCommands.ReduceOnly(),
    RiskCommands.CancelAll(),
    ApiKeyCommands.Create(),
};

return await root.Parse(args).InvokeAsync();
