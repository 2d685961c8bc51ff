namespace OrleansTrading.Testing;

/// <summary>
/// Azurite (the Azure Storage emulator from npm, installed by ./scripts/install-prerequisites.sh into
/// .tools/node) on 127.0.0.1 with free ports and a temporary data folder, stopped and deleted on dispose.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly ChildProcess _process;
    private readonly string _dataFolder;

    private AzuriteProcess(ChildProcess process, string dataFolder, int blobPort, int queuePort, int tablePort)
    {
        _process = process;
        _dataFolder = dataFolder;
        ConnectionString =
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            $"AccountKey={AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;" +
            $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    public static string Executable => Path.Combine(RepositoryPaths.NodeTools, ".bin", "azurite");

    public static bool IsInstalled => File.Exists(Executable);

    public static async Task<AzuriteProcess> StartAsync()
    {
        if (!IsInstalled)
        {
            throw new InvalidOperationException($"Azurite is not installed at {Executable}; run ./scripts/install-prerequisites.sh (./test.sh does).");
        }

        var ports = FreePorts.Take(3);
        var data = Directory.CreateTempSubdirectory("ot-azurite-").FullName;
        var process = ChildProcess.Start("azurite", Executable,
        [
            "--silent", "--disableTelemetry", "--skipApiVersionCheck",
            "--location", data,
            "--blobHost", "127.0.0.1", "--blobPort", ports[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--queueHost", "127.0.0.1", "--queuePort", ports[1].ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--tableHost", "127.0.0.1", "--tablePort", ports[2].ToString(System.Globalization.CultureInfo.InvariantCulture),
        ]);
        var azurite = new AzuriteProcess(process, data, ports[0], ports[1], ports[2]);
        foreach (var port in ports)
        {
            await FreePorts.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(60), () => process.Output);
        }

        return azurite;
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // Azurite may still be flushing its last file; the OS temp cleaner removes it later.
        }
    }
}
