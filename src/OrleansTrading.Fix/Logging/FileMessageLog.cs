using System.Globalization;

namespace OrleansTrading.Fix.Logging;

/// <summary>
/// Appends <c>{session}.messages.log</c> (inbound <c>&lt;</c> and outbound <c>&gt;</c> lines) and <c>{session}.events.log</c>
/// in a directory, with secrets redacted (see <see cref="FixRedactor"/>). Each line starts with a UTC timestamp.
/// </summary>
public sealed class FileMessageLog : IFixMessageLog
{
    private readonly StreamWriter _messages;
    private readonly StreamWriter _events;
    private readonly FixRedactor _redactor;
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();

    public FileMessageLog(string directory, string sessionFileName, FixRedactor? redactor = null, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        _messages = new StreamWriter(new FileStream(Path.Combine(directory, sessionFileName + ".messages.log"), FileMode.Append, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
        _events = new StreamWriter(new FileStream(Path.Combine(directory, sessionFileName + ".events.log"), FileMode.Append, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
        _redactor = redactor ?? new FixRedactor();
        _time = timeProvider ?? TimeProvider.System;
    }

    public void OnIncoming(ReadOnlySpan<byte> message) => Write(_messages, "< " + _redactor.Render(message));

    public void OnOutgoing(ReadOnlySpan<byte> message) => Write(_messages, "> " + _redactor.Render(message));

    public void OnEvent(string text) => Write(_events, text);

    public void Dispose()
    {
        lock (_lock)
        {
            _messages.Dispose();
            _events.Dispose();
        }
    }

    private void Write(StreamWriter writer, string line)
    {
        var stamp = _time.GetUtcNow().ToString("yyyyMMdd-HH:mm:ss.fff", CultureInfo.InvariantCulture);
        lock (_lock)
        {
            writer.Write(stamp);
            writer.Write(' ');
            writer.WriteLine(line);
        }
    }
}
