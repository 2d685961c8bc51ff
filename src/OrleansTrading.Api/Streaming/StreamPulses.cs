using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Orleans.Streams;

namespace OrleansTrading.Api.Streaming;

/// <summary>
/// Turns Orleans stream notifications (<c>orders/{account}</c>, <c>positions/{account}</c>) into <see cref="Pulse"/>
/// wake-ups for the gRPC streams of this process: one subscription per stream however many callers watch it,
/// dropped when the last one leaves. The journal stays the record; a notification only says "read again". When the
/// stream provider is missing or a subscription fails, watchers still work by polling.
/// </summary>
public sealed partial class StreamPulses(IClusterClient client, ILogger<StreamPulses> logger)
{
    private readonly object _gate = new();
    private readonly Dictionary<StreamId, Entry> _entries = [];
    private int _providerMissingLogged;

    /// <summary>Signals <paramref name="pulse"/> whenever stream <paramref name="streamNamespace"/>/<paramref name="key"/> carries an item; dispose to stop.</summary>
    public async Task<IAsyncDisposable> AttachAsync(Pulse pulse, string streamNamespace, string key)
    {
        var id = StreamId.Create(streamNamespace, key);
        Entry entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(id, out entry!))
            {
                entry = new Entry(id);
                _entries[id] = entry;
                entry.Subscribed = SubscribeAsync(entry);
            }

            lock (entry.Listeners)
            {
                entry.Listeners.Add(pulse);
            }
        }

        await entry.Subscribed.ConfigureAwait(false);
        return new Attachment(this, entry, pulse);
    }

    private async Task<StreamSubscriptionHandle<object>?> SubscribeAsync(Entry entry)
    {
        try
        {
            var provider = client.GetStreamProvider(Abstractions.Streams.StreamNames.Provider);
            var stream = provider.GetStream<object>(entry.Id);
            return await stream.SubscribeAsync((_, _) =>
            {
                entry.SignalAll();
                return Task.CompletedTask;
            }).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // Any failure to subscribe leaves the watchers polling the journal, which is correct, only slower.
            if (Interlocked.Exchange(ref _providerMissingLogged, 1) == 0)
            {
                LogPollingOnly(logger, Abstractions.Streams.StreamNames.Provider, entry.Id.ToString(), ex.Message);
            }

            return null;
        }
    }

    private void Detach(Entry entry, Pulse pulse)
    {
        var last = false;
        lock (_gate)
        {
            int remaining;
            lock (entry.Listeners)
            {
                entry.Listeners.Remove(pulse);
                remaining = entry.Listeners.Count;
            }

            if (remaining == 0 && _entries.TryGetValue(entry.Id, out var current) && current == entry)
            {
                _entries.Remove(entry.Id);
                last = true;
            }
        }

        if (last)
        {
            _ = UnsubscribeAsync(entry);
        }
    }

    private async Task UnsubscribeAsync(Entry entry)
    {
        try
        {
            if (await entry.Subscribed.ConfigureAwait(false) is { } handle)
            {
                await handle.UnsubscribeAsync().ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OrleansException or InvalidOperationException or TimeoutException)
        {
            LogUnsubscribeFailed(logger, entry.Id.ToString(), ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stream provider '{Provider}' is not usable ({Stream}: {Reason}); gRPC streams fall back to polling the journal.")]
    private static partial void LogPollingOnly(ILogger logger, string provider, string stream, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Unsubscribing from {Stream} failed: {Reason}")]
    private static partial void LogUnsubscribeFailed(ILogger logger, string stream, string reason);

    private sealed class Entry(StreamId id)
    {
        public StreamId Id { get; } = id;

        public List<Pulse> Listeners { get; } = [];

        public Task<StreamSubscriptionHandle<object>?> Subscribed { get; set; } = Task.FromResult<StreamSubscriptionHandle<object>?>(null);

        public void SignalAll()
        {
            Pulse[] listeners;
            lock (Listeners)
            {
                listeners = [.. Listeners];
            }

            foreach (var pulse in listeners)
            {
                pulse.Signal();
            }
        }
    }

    private sealed class Attachment(StreamPulses owner, Entry entry, Pulse pulse) : IAsyncDisposable
    {
        private int _disposed;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Detach(entry, pulse);
            }

            return ValueTask.CompletedTask;
        }
    }
}
