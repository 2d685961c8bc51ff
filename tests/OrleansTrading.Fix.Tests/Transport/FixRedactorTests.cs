using OrleansTrading.Fix.Logging;

namespace OrleansTrading.Fix.Tests.Transport;

public sealed class FixRedactorTests
{
    [Fact]
    public void Passwords_and_configured_tags_are_hidden_in_logs()
    {
        var wire = TestMessages.Wire("8=FIX.4.4|35=A|34=1|49=FUND|52=20260114-14:30:00|56=BROKER|98=0|108=30|553=trader|554=s3cret|925=n3w|9001=token");

        var text = new FixRedactor([9001]).Render(wire);

        Assert.Contains("|553=trader|554=***|925=***|9001=***|", text, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_log_writes_redacted_lines()
    {
        var directory = Path.Combine(Path.GetTempPath(), "fixlog-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var log = new FileMessageLog(directory, "S"))
            {
                log.OnOutgoing(TestMessages.Wire("8=FIX.4.4|35=A|34=1|49=A|52=20260114-14:30:00|56=B|554=hunter2"));
            }

            var line = File.ReadAllText(Path.Combine(directory, "S.messages.log"));
            Assert.Contains("> 8=FIX.4.4|", line, StringComparison.Ordinal);
            Assert.Contains("554=***", line, StringComparison.Ordinal);
            Assert.DoesNotContain("hunter2", line, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
