namespace OrleansTrading.Testing;

/// <summary>One Azurite per test class or collection that asks for it; tests isolate themselves by table name.</summary>
public sealed class AzuriteFixture : IAsyncDisposable
{
    private AzuriteProcess? _azurite;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<string> ConnectionStringAsync()
    {
        await _gate.WaitAsync();
        try
        {
            _azurite ??= await AzuriteProcess.StartAsync();
            return _azurite.ConnectionString;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }

        _gate.Dispose();
    }
}
