using System.Text;
using OrleansTrading.Fix.Store;

namespace OrleansTrading.Fix.Tests.Store;

public sealed class FileMessageStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "fixstore-" + Guid.NewGuid().ToString("N"));

    private string StorePath => Path.Combine(_directory, "session.fixlog");

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Theory]
    [InlineData(FixFsyncPolicy.EveryMessage)]
    [InlineData(FixFsyncPolicy.Batched)]
    [InlineData(FixFsyncPolicy.None)]
    public void Reopening_restores_sequence_numbers_and_sent_messages(FixFsyncPolicy policy)
    {
        using (var store = new FileMessageStore(StorePath, policy))
        {
            store.StoreSent(1, "one"u8);
            store.StoreSent(2, "two"u8);
            store.SetNextTargetSeqNum(7);
        }

        using var reopened = new FileMessageStore(StorePath, policy);
        var sent = new List<StoredMessage>();
        reopened.GetSent(1, 10, sent);

        Assert.Equal(3, reopened.NextSenderSeqNum);
        Assert.Equal(7, reopened.NextTargetSeqNum);
        Assert.Equal(["one", "two"], sent.Select(m => Encoding.ASCII.GetString(m.Message)));
        Assert.Equal(0, reopened.RecoveredTruncatedBytes);
    }

    [Fact]
    public void A_torn_last_record_is_truncated_and_the_previous_state_kept()
    {
        using (var store = new FileMessageStore(StorePath))
        {
            store.StoreSent(1, "one"u8);
            store.StoreSent(2, "a longer second message"u8);
        }

        var bytes = File.ReadAllBytes(StorePath);
        File.WriteAllBytes(StorePath, bytes[..^5]);

        using var reopened = new FileMessageStore(StorePath);
        var sent = new List<StoredMessage>();
        reopened.GetSent(1, 10, sent);

        Assert.Equal(2, reopened.NextSenderSeqNum);
        Assert.Single(sent);
        Assert.True(reopened.RecoveredTruncatedBytes > 0);
        reopened.StoreSent(2, "rewritten"u8);
        sent.Clear();
        reopened.GetSent(2, 2, sent);
        Assert.Equal("rewritten", Encoding.ASCII.GetString(sent[0].Message));
    }

    [Fact]
    public void A_corrupted_record_is_detected_by_its_checksum()
    {
        using (var store = new FileMessageStore(StorePath))
        {
            store.StoreSent(1, "one"u8);
            store.StoreSent(2, "two"u8);
        }

        var bytes = File.ReadAllBytes(StorePath);
        bytes[^1] ^= 0xFF;
        File.WriteAllBytes(StorePath, bytes);

        using var reopened = new FileMessageStore(StorePath);

        Assert.Equal(2, reopened.NextSenderSeqNum);
    }

    [Fact]
    public void Reset_starts_a_new_sequence_that_survives_reopening()
    {
        var created = new DateTimeOffset(2026, 1, 14, 0, 0, 0, TimeSpan.Zero);
        using (var store = new FileMessageStore(StorePath))
        {
            store.StoreSent(1, "one"u8);
            store.SetNextTargetSeqNum(5);
            store.Reset(created);
            store.StoreSent(1, "fresh"u8);
        }

        using var reopened = new FileMessageStore(StorePath);
        var sent = new List<StoredMessage>();
        reopened.GetSent(1, 5, sent);

        Assert.Equal(2, reopened.NextSenderSeqNum);
        Assert.Equal(1, reopened.NextTargetSeqNum);
        Assert.Equal(created, reopened.CreationTime);
        Assert.Equal("fresh", Encoding.ASCII.GetString(Assert.Single(sent).Message));
    }
}
