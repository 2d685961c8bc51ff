using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Xunit.Abstractions;

namespace OrleansTrading.Fix.Tests.Interop;

/// <summary>
/// Proves the QuickFIX/C++ executor harness with hand-built FIX 4.4 messages over a raw socket (no engine code):
/// the executor comes up, answers a Logon and a Logout, and keeps sequence numbers across reconnects and restarts,
/// which the initiator's reconnect tests rely on.
/// </summary>
public sealed class QuickFixExecutorLogonTests(ITestOutputHelper output)
{
    private const char Soh = '\u0001';
    private static readonly TimeSpan _messageTimeout = TimeSpan.FromSeconds(15);

    [QuickFixExecutorFact]
    public async Task Executor_answers_a_FIX44_logon_and_logout_over_a_raw_socket()
    {
        await using var executor = await QuickFixExecutorProcess.StartAsync(outputLine: output.WriteLine);
        using var client = await ConnectAsync(executor);

        await client.SendAsync(Logon(executor, sequenceNumber: 1, heartbeatSeconds: 30));
        var logon = await client.ReceiveAsync(executor);

        Assert.Equal("FIX.4.4", logon[8]);
        Assert.Equal("A", logon[35]);
        Assert.Equal(executor.SenderCompId, logon[49]);
        Assert.Equal(executor.TargetCompId, logon[56]);
        Assert.Equal("1", logon[34]);
        Assert.Equal("0", logon[98]);
        Assert.Equal("30", logon[108]);
        Assert.True(logon.ContainsKey(52), "the Logon reply has no SendingTime(52)");

        await client.SendAsync(Logout(executor, sequenceNumber: 2));
        var logout = await client.ReceiveAsync(executor);

        Assert.Equal("5", logout[35]);
        Assert.Equal("2", logout[34]);
        Assert.True(await client.IsClosedByPeerAsync(), "the executor did not disconnect after its Logout reply");
    }

    [QuickFixExecutorFact]
    public async Task Executor_keeps_sequence_numbers_across_reconnects_and_restarts()
    {
        await using var executor = await QuickFixExecutorProcess.StartAsync(outputLine: output.WriteLine);
        var ourNext = 1;
        for (var session = 0; session < 3; session++)
        {
            if (session == 2)
            {
                await executor.RestartAsync();
            }

            using var client = await ConnectAsync(executor);
            await client.SendAsync(Logon(executor, ourNext++, heartbeatSeconds: 30));
            var logon = await client.ReceiveAsync(executor);
            Assert.Equal("A", logon[35]);
            Assert.Equal((1 + (2 * session)).ToString(CultureInfo.InvariantCulture), logon[34]);

            await client.SendAsync(Logout(executor, ourNext++));
            var logout = await client.ReceiveAsync(executor);
            Assert.Equal("5", logout[35]);
            Assert.Equal((2 + (2 * session)).ToString(CultureInfo.InvariantCulture), logout[34]);
        }
    }

    private static async Task<RawFixClient> ConnectAsync(QuickFixExecutorProcess executor)
    {
        var socket = new TcpClient { NoDelay = true };
        await socket.ConnectAsync(executor.Host, executor.Port);
        return new RawFixClient(socket);
    }

    private static byte[] Logon(QuickFixExecutorProcess executor, int sequenceNumber, int heartbeatSeconds) =>
        Frame(Header("A", executor, sequenceNumber), (98, "0"), (108, heartbeatSeconds.ToString(CultureInfo.InvariantCulture)));

    private static byte[] Logout(QuickFixExecutorProcess executor, int sequenceNumber) =>
        Frame(Header("5", executor, sequenceNumber));

    private static (int Tag, string Value)[] Header(string msgType, QuickFixExecutorProcess executor, int sequenceNumber) =>
    [
        (35, msgType),
        (49, executor.TargetCompId),
        (56, executor.SenderCompId),
        (34, sequenceNumber.ToString(CultureInfo.InvariantCulture)),
        (52, DateTime.UtcNow.ToString("yyyyMMdd-HH:mm:ss.fff", CultureInfo.InvariantCulture)),
    ];

    /// <summary>BeginString, BodyLength over everything after it up to the checksum, the fields, CheckSum = byte sum mod 256.</summary>
    private static byte[] Frame((int Tag, string Value)[] header, params (int Tag, string Value)[] body)
    {
        var fields = new StringBuilder();
        foreach (var (tag, value) in header.Concat(body))
        {
            fields.Append(CultureInfo.InvariantCulture, $"{tag}={value}{Soh}");
        }

        var message = new StringBuilder();
        message.Append(CultureInfo.InvariantCulture, $"8=FIX.4.4{Soh}9={Encoding.ASCII.GetByteCount(fields.ToString())}{Soh}");
        message.Append(fields);
        var checksum = Checksum(Encoding.ASCII.GetBytes(message.ToString()));
        message.Append(CultureInfo.InvariantCulture, $"10={checksum:D3}{Soh}");
        return Encoding.ASCII.GetBytes(message.ToString());
    }

    private static int Checksum(ReadOnlySpan<byte> bytes)
    {
        var sum = 0;
        foreach (var b in bytes)
        {
            sum += b;
        }

        return sum % 256;
    }

    /// <summary>Sends raw bytes and cuts received bytes into whole FIX messages, checking BodyLength and CheckSum.</summary>
    private sealed class RawFixClient(TcpClient socket) : IDisposable
    {
        private readonly NetworkStream _stream = socket.GetStream();
        private readonly List<byte> _pending = [];

        public async Task SendAsync(byte[] message)
        {
            await _stream.WriteAsync(message);
            await _stream.FlushAsync();
        }

        public async Task<Dictionary<int, string>> ReceiveAsync(QuickFixExecutorProcess executor)
        {
            using var timeout = new CancellationTokenSource(_messageTimeout);
            var buffer = new byte[4096];
            while (true)
            {
                if (TryCutMessage(out var message))
                {
                    return message;
                }

                int read;
                try
                {
                    read = await _stream.ReadAsync(buffer, timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    throw new TimeoutException($"No complete FIX message from the executor within {_messageTimeout.TotalSeconds} s. Executor output:\n{executor.Output}");
                }

                if (read == 0)
                {
                    throw new IOException($"The executor closed the connection before a complete message arrived. Executor output:\n{executor.Output}");
                }

                _pending.AddRange(buffer.AsSpan(0, read));
            }
        }

        public async Task<bool> IsClosedByPeerAsync()
        {
            using var timeout = new CancellationTokenSource(_messageTimeout);
            var buffer = new byte[256];
            try
            {
                return await _stream.ReadAsync(buffer, timeout.Token) == 0 && _pending.Count == 0;
            }
            catch (IOException)
            {
                return true;
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        public void Dispose() => socket.Dispose();

        private bool TryCutMessage(out Dictionary<int, string> message)
        {
            message = [];
            var text = Encoding.ASCII.GetString([.. _pending]);
            var bodyLengthStart = text.IndexOf($"{Soh}9=", StringComparison.Ordinal);
            if (!text.StartsWith("8=", StringComparison.Ordinal) || bodyLengthStart < 0)
            {
                return false;
            }

            var bodyStart = text.IndexOf(Soh, bodyLengthStart + 1);
            if (bodyStart < 0)
            {
                return false;
            }

            var bodyLength = int.Parse(text.AsSpan(bodyLengthStart + 3, bodyStart - bodyLengthStart - 3), CultureInfo.InvariantCulture);
            var checksumStart = bodyStart + 1 + bodyLength;
            const int checksumFieldLength = 7; // "10=NNN" + SOH
            if (text.Length < checksumStart + checksumFieldLength)
            {
                return false;
            }

            var checksumField = text.Substring(checksumStart, checksumFieldLength);
            Assert.True(
                checksumField.StartsWith("10=", StringComparison.Ordinal) && checksumField[^1] == Soh,
                $"BodyLength {bodyLength} does not end where CheckSum(10) starts: {text.Replace(Soh, '|')}");
            var expected = Checksum(_pending.GetRange(0, checksumStart).ToArray());
            Assert.Equal(expected.ToString("D3", CultureInfo.InvariantCulture), checksumField[3..6]);

            foreach (var field in text[..(checksumStart + checksumFieldLength - 1)].Split(Soh))
            {
                var equals = field.IndexOf('=', StringComparison.Ordinal);
                message[int.Parse(field.AsSpan(0, equals), CultureInfo.InvariantCulture)] = field[(equals + 1)..];
            }

            _pending.RemoveRange(0, checksumStart + checksumFieldLength);
            return true;
        }
    }
}
