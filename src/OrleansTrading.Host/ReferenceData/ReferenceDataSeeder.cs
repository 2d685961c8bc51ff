using Microsoft.Extensions.Options;
using OrleansTrading.Abstractions;
using OrleansTrading.Abstractions.Accounts;
using OrleansTrading.Abstractions.Portfolio;
using OrleansTrading.Abstractions.Strategies;

namespace OrleansTrading.Host.ReferenceData;

/// <summary>
/// Makes sure every configured fund, account and strategy exists once the silo is up. Every call is idempotent,
/// so each silo of a cluster can run it.
/// </summary>
public sealed partial class ReferenceDataSeeder(
    IGrainFactory grains,
    IOptions<ReferenceDataOptions> options,
    ILogger<ReferenceDataSeeder> logger) : IHostedService
{
    private const string Actor = "system:reference-data";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var data = options.Value;
        foreach (var account in data.Accounts)
        {
            var result = await grains.GetGrainByKey<IAccountGrain>(account.Id).Open(account.ToDefinition(data.Instruments), Actor);
            Report("account", account.Id, result);
        }

        foreach (var strategy in data.Strategies)
        {
            var result = await grains.GetGrainByKey<IStrategyGrain>(strategy.Id).Register(strategy.ToRegistration(data.Instruments), Actor);
            Report("strategy", strategy.Id, result);
        }

        foreach (var fund in data.Funds)
        {
            var result = await grains.GetGrainByKey<IPortfolioGrain>(fund.Id).Define(fund.ToDefinition(), Actor);
            Report("fund", fund.Id, result);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Report(string kind, string id, Abstractions.CommandResult result)
    {
        if (!result.Succeeded)
        {
            LogSeedRefused(logger, kind, id, result.Refusal!.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Configured {Kind} {Id} was not applied: {Reason}")]
    private static partial void LogSeedRefused(ILogger logger, string kind, string id, string reason);
}
