using System.Buffers;
using System.IO.Pipelines;
using System.Net.Sockets;
using OrleansTrading.Fix.Codec;
using OrleansTrading.Fix.Session;

namespace OrleansTrading.Fix.Transport;

/// <summary>
/// One TCP connection: a read loop that frames bytes from a <see cref="PipeReader"/> and hands each frame to a
/// handler, and a write loop that drains an in-memory <see cref="Pipe"/> to the socket so that <see cref="Send"/>
/// never blocks on the network. <see cref="Disconnect"/> closes after the queued bytes are written.
/// </summary>
internal sealed class FixConnection : IFixSessionConnection
{
    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly Pipe _output = new(new PipeOptions(pauseWriterThreshold: 0, resumeWriterThreshold: 0, useSynchronizationContext: false));
    private readonly Lock _writeLock = new();
    private readonly int _maxMessageSize;
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _closing;

    public FixConnection(Socket socket, int maxMessageSize)
    {
        _socket = socket;
        _socket.NoDelay = true;
        _stream = new NetworkStream(socket, ownsSocket: true);
        _maxMessageSize = maxMessageSize;
    }

    /// <summary>Completes when both loops have ended and the socket is closed.</summary>
    public Task Closed => _closed.Task;

    public string RemoteEndPoint => _socket.RemoteEndPoint?.ToString() ?? "?";

    public void Send(ReadOnlySpan<byte> bytes)
    {
        lock (_writeLock)
        {
            if (_closing)
            {
                return;
            }

            var writer = _output.Writer;
            bytes.CopyTo(writer.GetSpan(bytes.Length));
            writer.Advance(bytes.Length);
            var flush = writer.FlushAsync();
            if (!flush.IsCompleted)
            {
                flush.AsTask().GetAwaiter().GetResult();
            }
        }
    }

    public void Disconnect()
    {
        lock (_writeLock)
        {
            if (_closing)
            {
                return;
            }

            _closing = true;
            _output.Writer.Complete();
        }
    }

    /// <summary>Runs both loops until the connection closes. <paramref name="onFrame"/> receives each frame; <paramref name="onClosed"/> runs once at the end.</summary>
    public async Task RunAsync(FrameHandler onFrame, Action onClosed, CancellationToken cancellationToken)
    {
        var writing = WriteLoopAsync();
        try
        {
            await ReadLoopAsync(onFrame, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // the peer went away or we are stopping: treated as a disconnect
        }
        finally
        {
            Disconnect();
            onClosed();
            await writing.ConfigureAwait(false);
            _stream.Dispose();
            _closed.TrySetResult();
        }
    }

    private async Task ReadLoopAsync(FrameHandler onFrame, CancellationToken cancellationToken)
    {
        var reader = PipeReader.Create(_stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024, leaveOpen: true));
        var scratch = new byte[4096];
        try
        {
            while (!_closing)
            {
                var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                var buffer = result.Buffer;
                while (!_closing && TryTakeFrame(ref buffer, ref scratch, onFrame))
                {
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
                if (result.IsCompleted)
                {
                    return;
                }
            }
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
        }
    }

    private bool TryTakeFrame(ref ReadOnlySequence<byte> buffer, ref byte[] scratch, FrameHandler onFrame)
    {
        if (buffer.IsEmpty)
        {
            return false;
        }

        var outcome = FixFramer.Find(buffer, ref scratch, out var contiguous, out var length, _maxMessageSize);
        switch (outcome)
        {
            case FixFrameResult.Frame:
                onFrame(contiguous[..length]);
                buffer = buffer.Slice(length);
                return true;
            case FixFrameResult.Garbage:
                buffer = buffer.Slice(length);
                return true;
            default:
                return false;
        }
    }

    private async Task WriteLoopAsync()
    {
        var reader = _output.Reader;
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync().ConfigureAwait(false);
                foreach (var segment in result.Buffer)
                {
                    await _socket.SendAsync(segment, SocketFlags.None).ConfigureAwait(false);
                }

                reader.AdvanceTo(result.Buffer.End);
                if (result.IsCompleted)
                {
                    break;
                }
            }

            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // the socket is already gone
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
            _socket.Close();
        }
    }
}

/// <summary>Receives one framed message.</summary>
internal delegate void FrameHandler(ReadOnlySpan<byte> frame);
