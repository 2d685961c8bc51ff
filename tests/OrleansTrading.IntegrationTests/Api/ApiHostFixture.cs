using System.Globalization;
using System.Security.Cryptography;
using Grpc.Core;
using Grpc.Net.Client;
using OrleansTrading.Testing;

namespace OrleansTrading.IntegrationTests.Api;

/// <summary>
/// One OrleansTrading.Host process for every API test (collection <see cref="ApiCollection"/>): embedded cluster in a
/// temporary data folder, free ports, the shipped demo reference data plus test accounts, test API keys (stored
/// hashed, as an operator would) and a test JWT issuer. Stopped and deleted at the end.
/// </summary>
public sealed class ApiHostFixture : IAsyncLifetime
{
    public const string Issuer = "https://issuer.orleans-trading.test";
    public const string Audience = "orleans-trading-api";

    /// <summary>Accounts the tests add to the demo reference data (DEMO-1 and DEMO-2, fund FUND-DEMO).</summary>
    public const string TraderAccount = "API-TRADE";
    public const string OtherAccount = "API-OTHER";
    public const string StreamAccount = "API-STREAM";
    public const string HaltAccount = "API-HALT";
    public const string Strategy = "API-STRAT";
    public const string TestFund = "API-FUND";
    public const string Instrument = "AAPL.XNAS";

    private string _dataDirectory = "";

    public HostProcess Host { get; private set; } = null!;

    public GrpcChannel Channel { get; private set; } = null!;

    public string TraderKey { get; } = NewKey();
    public string OtherTraderKey { get; } = NewKey();
    public string InvestorKey { get; } = NewKey();
    public string RiskKey { get; } = NewKey();
    public string ScopedRiskKey { get; } = NewKey();
    public string OperatorKey { get; } = NewKey();

    public byte[] SigningKey { get; } = RandomNumberGenerator.GetBytes(32);

    public string AuditFile => Path.Combine(_dataDirectory, "audit", "api-audit.jsonl");

    /// <summary>The audit log's lines so far (the host keeps appending; read shared).</summary>
    public List<string> ReadAudit()
    {
        using var stream = new FileStream(AuditFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    public string GrpcAddress => Host.GrpcAddress;

    public static Metadata Key(string key) => new() { { "x-api-key", key } };

    public static Metadata Bearer(string token) => new() { { "authorization", "Bearer " + token } };

    public Metadata Trader => Key(TraderKey);
    public Metadata OtherTrader => Key(OtherTraderKey);
    public Metadata Investor => Key(InvestorKey);
    public Metadata Risk => Key(RiskKey);
    public Metadata ScopedRisk => Key(ScopedRiskKey);
    public Metadata Operator => Key(OperatorKey);

    public async Task InitializeAsync()
    {
        _dataDirectory = Directory.CreateTempSubdirectory("ot-api-").FullName;
        var config = new List<string>
        {
            "--Logging:LogLevel:Default=Warning",
            "--OrleansTrading:Api:StreamPollInterval=00:00:00.200",
            "--OrleansTrading:Api:AuditFlushToDisk=false",
            $"--OrleansTrading:Api:Jwt:Issuer={Issuer}",
            $"--OrleansTrading:Api:Jwt:Audience={Audience}",
            $"--OrleansTrading:Api:Jwt:SigningKey={Convert.ToBase64String(SigningKey)}",
        };
        AddKey(config, 0, "trader-a", TraderKey, "trader", $"{TraderAccount},{StreamAccount},{HaltAccount}", "");
        AddKey(config, 1, "trader-b", OtherTraderKey, "trader", OtherAccount, "");
        AddKey(config, 2, "investor-x", InvestorKey, "investor", "", TestFund);
        AddKey(config, 3, "risk-desk", RiskKey, "risk", "*", "*");
        AddKey(config, 4, "risk-other", ScopedRiskKey, "risk", OtherAccount, "");
        AddKey(config, 5, "ops", OperatorKey, "operator", "*", "*");

        // Test accounts, strategy and fund next to the demo ones of appsettings.json (lists bind every entry, so indexes
        // from 100 never collide with the shipped ones).
        string[] accounts = [TraderAccount, OtherAccount, StreamAccount, HaltAccount];
        for (var i = 0; i < accounts.Length; i++)
        {
            var n = (i + 100).ToString(CultureInfo.InvariantCulture);
            config.Add($"--OrleansTrading:Accounts:{n}:Id={accounts[i]}");
            config.Add($"--OrleansTrading:Accounts:{n}:Currency=USD");
            config.Add($"--OrleansTrading:Accounts:{n}:StartingCash=10000000");
            config.Add($"--OrleansTrading:Accounts:{n}:Funds:0={TestFund}");
            config.Add($"--OrleansTrading:Strategies:100:Accounts:{i.ToString(CultureInfo.InvariantCulture)}={accounts[i]}");
            config.Add($"--OrleansTrading:Funds:100:Accounts:{i.ToString(CultureInfo.InvariantCulture)}={accounts[i]}");
        }

        config.AddRange([$"--OrleansTrading:Strategies:100:Id={Strategy}", "--OrleansTrading:Strategies:100:Owner=api-tests", "--OrleansTrading:Strategies:100:Description=API tests"]);
        config.AddRange([$"--OrleansTrading:Funds:100:Id={TestFund}", "--OrleansTrading:Funds:100:Name=API test fund"]);

        Host = await HostProcess.StartAsync("api-host", _dataDirectory, config, timeout: TimeSpan.FromSeconds(120));
        Channel = GrpcChannel.ForAddress(Host.GrpcAddress);
    }

    public async Task DisposeAsync()
    {
        Channel?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // a file still held by the exiting host; the temp cleaner removes it later
        }
    }

    /// <summary>A new client order id, unique per test run.</summary>
    public static string NewOrderId(string prefix = "t") => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 25, 56)];

    private static void AddKey(List<string> config, int index, string name, string key, string roles, string accounts, string funds)
    {
        var prefix = $"--OrleansTrading:Api:Keys:{index.ToString(CultureInfo.InvariantCulture)}";
        config.Add($"{prefix}:Name={name}");
        config.Add($"{prefix}:Hash={OrleansTrading.Api.Security.ApiKeyHash.Create(key)}");
        config.Add($"{prefix}:Roles={roles}");
        config.Add($"{prefix}:Accounts={accounts}");
        config.Add($"{prefix}:Funds={funds}");
    }

    private static string NewKey() => "otk_test_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiHostFixture>
{
    public const string Name = "api-host";
}
