using Azure.Data.Tables;
using OrleansTrading.Testing;

namespace OrleansTrading.IntegrationTests.Infrastructure;

public sealed class AzuriteTests
{
    [Fact]
    public async Task Azurite_starts_on_loopback_and_serves_the_table_api()
    {
        await using var azurite = await AzuriteProcess.StartAsync();
        var tables = new TableServiceClient(azurite.ConnectionString);
        var table = tables.GetTableClient("probe");
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "r") { ["Value"] = "42" });

        var entity = await table.GetEntityAsync<TableEntity>("p", "r");

        Assert.Equal("42", entity.Value["Value"]);
        Assert.Contains("127.0.0.1", azurite.ConnectionString, StringComparison.Ordinal);
    }
}
