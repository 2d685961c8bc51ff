using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using OrleansTrading.Fix.Codec;

namespace OrleansTrading.Fix.Tests.Conformance;

/// <summary>
/// Plays a QuickFIX acceptance script against an acceptor, as the conformance README describes: &lt;TIME&gt;
/// substitution; BodyLength and CheckSum filled in when a message starting with <c>8=</c> lacks them (a value the
/// script writes is sent as written, since those are the deliberately wrong ones); garbled lines sent verbatim;
/// expected messages compared field by field, with tags 10, 42, 52, 60 and 122 matched by pattern.
/// </summary>
internal sealed partial class ScriptPlayer : IAsyncDisposable
{
    private static readonly TimeSpan _expectTimeout = TimeSpan.FromSeconds(20);
    private readonly IPEndPoint _endPoint;
    private readonly Dictionary<int, ClientConnection> _connections = [];
    private readonly TimeProvider _time;

    public ScriptPlayer(IPEndPoint endPoint, TimeProvider? time = null)
    {
        _endPoint = endPoint;
        _time = time ?? TimeProvider.System;
    }

    public async Task PlayAsync(ConformanceScript script)
    {
        foreach (var step in script.Steps)
        {
            try
            {
                await RunAsync(step);
            }
            catch (Exception e) when (e is not ScriptFailure)
            {
                throw new ScriptFailure($"{script.Name} line {step.Line} ({step.Kind}): {e.Message}", e);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections.Values)
        {
            await connection.DisposeAsync();
        }
    }

    private async Task RunAsync(ScriptStep step)
    {
        switch (step.Kind)
        {
            case StepKind.Connect:
                _connections[step.Connection] = await ClientConnection.ConnectAsync(_endPoint);
                break;
            case StepKind.Disconnect:
                if (_connections.Remove(step.Connection, out var closing))
                {
                    await closing.DisposeAsync();
                }

                break;
            case StepKind.Sleep:
                await Task.Delay(TimeSpan.FromSeconds(double.Parse(step.Text, CultureInfo.InvariantCulture)));
                break;
            case StepKind.Send:
                await Connection(step).SendAsync(PrepareOutgoing(step.Text));
                break;
            case StepKind.Expect:
                var expected = PrepareExpected(step.Text);
                var actual = await Connection(step).ReceiveAsync(_expectTimeout)
                    ?? throw new ScriptFailure($"line {step.Line}: expected {Show(expected)} but the connection closed");
                Compare(expected, actual, step.Line);
                break;
            case StepKind.ExpectDisconnect:
                var unexpected = await Connection(step).ReceiveAsync(_expectTimeout);
                if (unexpected is not null)
                {
                    throw new ScriptFailure($"line {step.Line}: expected a disconnect but received {Show(unexpected)}");
                }

                break;
        }
    }

    private ClientConnection Connection(ScriptStep step) =>
        _connections.TryGetValue(step.Connection, out var connection)
            ? connection
            : throw new ScriptFailure($"line {step.Line}: connection {step.Connection} is not open");

    private byte[] PrepareOutgoing(string text)
    {
        if (!text.StartsWith("8=", StringComparison.Ordinal))
        {
            return Encoding.UTF8.GetBytes(text);
        }

        return Complete(SubstituteTime(text));
    }

    private byte[] PrepareExpected(string text) => Complete(SubstituteTime(text));

    /// <summary>
    /// Replaces &lt;TIME&gt; and &lt;TIME±n&gt; with one instant per message (so 52 and 122 written alike stay equal).
    /// SendingTime (52) keeps the milliseconds: cut to whole seconds, "52=&lt;TIME+121&gt;" could land up to a second
    /// closer to the acceptor's clock and fall inside a 120 s MaxLatency, which made the SendingTime scripts fail at
    /// random. Other fields stay in whole seconds, as the scripts' BodyLengths for reflected messages assume.
    /// </summary>
    internal string SubstituteTime(string text)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return TimePattern().Replace(text, match =>
        {
            var offset = match.Groups["offset"].Success ? int.Parse(match.Groups["offset"].Value, CultureInfo.InvariantCulture) : 0;
            var format = match.Groups["tag"].Value == "52" ? "yyyyMMdd-HH:mm:ss.fff" : "yyyyMMdd-HH:mm:ss";
            return now.AddSeconds(offset).ToString(format, CultureInfo.InvariantCulture);
        });
    }

    /// <summary>Inserts BodyLength after BeginString and appends CheckSum when the text has none.</summary>
    private static byte[] Complete(string text)
    {
        var fields = Encoding.UTF8.GetBytes(text).AsSpan();
        var list = SplitFields(fields);
        var hasChecksum = Tag(list[^1]) == "10";
        if (list.Count < 2 || Tag(list[1]) != "9")
        {
            var bodyLength = list.Skip(1).Take(list.Count - 1 - (hasChecksum ? 1 : 0)).Sum(f => f.Length + 1);
            list.Insert(1, Encoding.ASCII.GetBytes($"9={bodyLength}"));
        }

        if (!hasChecksum)
        {
            var withoutChecksum = Join(list);
            list.Add(Encoding.ASCII.GetBytes($"10={FixChecksum.Compute(withoutChecksum):D3}"));
        }

        return Join(list);
    }

    private static void Compare(byte[] expected, byte[] actual, int line)
    {
        var expectedFields = SplitFields(expected);
        var actualFields = SplitFields(actual);
        if (expectedFields.Count != actualFields.Count)
        {
            throw new ScriptFailure($"line {line}: expected {expectedFields.Count} fields {Show(expected)} but received {actualFields.Count} {Show(actual)}");
        }

        for (var i = 0; i < expectedFields.Count; i++)
        {
            var expectedTag = Tag(expectedFields[i]);
            var actualTag = Tag(actualFields[i]);
            var actualValue = Value(actualFields[i]);
            var matches = expectedTag == actualTag && expectedTag switch
            {
                "10" => ChecksumPattern().IsMatch(actualValue),
                "42" or "52" or "60" or "122" => TimestampPattern().IsMatch(actualValue),
                _ => Value(expectedFields[i]) == actualValue,
            };
            if (!matches)
            {
                throw new ScriptFailure($"line {line}: field {i + 1} expected {Encoding.UTF8.GetString(expectedFields[i])} but was {Encoding.UTF8.GetString(actualFields[i])}; expected {Show(expected)} received {Show(actual)}");
            }
        }
    }

    private static List<byte[]> SplitFields(ReadOnlySpan<byte> message)
    {
        var fields = new List<byte[]>();
        foreach (var range in message.Split((byte)1))
        {
            if (range.End.GetOffset(message.Length) > range.Start.GetOffset(message.Length))
            {
                fields.Add(message[range].ToArray());
            }
        }

        return fields;
    }

    private static byte[] Join(List<byte[]> fields)
    {
        var result = new List<byte>();
        foreach (var field in fields)
        {
            result.AddRange(field);
            result.Add(1);
        }

        return [.. result];
    }

    private static string Tag(byte[] field)
    {
        var text = Encoding.UTF8.GetString(field);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? text : text[..equals];
    }

    private static string Value(byte[] field)
    {
        var text = Encoding.UTF8.GetString(field);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? string.Empty : text[(equals + 1)..];
    }

    private static string Show(byte[] message) => Encoding.UTF8.GetString(message).Replace('\u0001', '|');

    [GeneratedRegex(@"(?<=(?:^|\u0001)(?<tag>\d+)=)<TIME(?<offset>[+-]\d+)?>")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^\d{3}$")]
    private static partial Regex ChecksumPattern();

    [GeneratedRegex(@"^\d{8}-\d{2}:\d{2}:\d{2}(\.\d{3})?$")]
    private static partial Regex TimestampPattern();

    /// <summary>The client end of one script connection.</summary>
    private sealed class ClientConnection : IAsyncDisposable
    {
        private readonly Socket _socket;
        private byte[] _buffer = new byte[64 * 1024];
        private int _count;
        private bool _closed;

        private ClientConnection(Socket socket)
        {
            _socket = socket;
        }

        public static async Task<ClientConnection> ConnectAsync(IPEndPoint endPoint)
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(endPoint);
            return new ClientConnection(socket);
        }

        public async Task SendAsync(byte[] bytes)
        {
            try
            {
                await _socket.SendAsync(bytes, SocketFlags.None);
            }
            catch (SocketException)
            {
                // the acceptor may already have closed; the next expectation decides
            }
        }

        /// <summary>The next complete message, or null when the acceptor closes the connection first.</summary>
        public async Task<byte[]?> ReceiveAsync(TimeSpan timeout)
        {
            using var cancel = new CancellationTokenSource(timeout);
            while (true)
            {
                if (_count > 0)
                {
                    var result = FixFramer.Find(_buffer.AsSpan(0, _count), out var length);
                    if (result == FixFrameResult.Frame)
                    {
                        var frame = _buffer.AsSpan(0, length).ToArray();
                        Consume(length);
                        return frame;
                    }

                    if (result == FixFrameResult.Garbage)
                    {
                        Consume(length);
                        continue;
                    }
                }

                if (_closed)
                {
                    return null;
                }

                if (_count == _buffer.Length)
                {
                    Array.Resize(ref _buffer, _buffer.Length * 2);
                }

                int read;
                try
                {
                    read = await _socket.ReceiveAsync(_buffer.AsMemory(_count), SocketFlags.None, cancel.Token);
                }
                catch (OperationCanceledException)
                {
                    // not a ScriptFailure, so that PlayAsync names the script line that waited
                    throw new TimeoutException($"nothing received within {timeout.TotalSeconds} s");
                }
                catch (SocketException)
                {
                    read = 0;
                }

                if (read == 0)
                {
                    _closed = true;
                }

                _count += read;
            }
        }

        public ValueTask DisposeAsync()
        {
            _socket.Dispose();
            return ValueTask.CompletedTask;
        }

        private void Consume(int length)
        {
            Buffer.BlockCopy(_buffer, length, _buffer, 0, _count - length);
            _count -= length;
        }
    }
}

/// <summary>A script step did not go as the script says.</summary>
internal sealed class ScriptFailure : Exception
{
    public ScriptFailure(string message)
        : base(message)
    {
    }

    public ScriptFailure(string message, Exception inner)
        : base(message, inner)
    {
    }
}
