using System.Text;
using OrleansTrading.Execution.Delivery;
using OrleansTrading.Fix.Store;

namespace OrleansTrading.Execution.Tests.Storage;

public sealed class InboundJournalTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("ot-journal-").FullName;

    private string JournalPath => Path.Combine(_directory, "venue.inbound");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Messages_not_marked_delivered_are_pending_after_reopening_in_arrival_order()
    {
        using (var journal = Open())
        {
            var first = journal.Append(Bytes("one"));
            journal.Append(Bytes("two"));
            journal.Append(Bytes("three"));
            journal.MarkDelivered(first);
        }

        using var reopened = Open();

        Assert.Equal(["two", "three"], reopened.Pending().Select(p => Encoding.ASCII.GetString(p.Message)));
        Assert.True(reopened.Append(Bytes("four")) > reopened.Pending()[1].Sequence);
    }

    [Fact]
    public void A_message_torn_by_a_crash_is_not_pending_and_the_intact_ones_are()
    {
        using (var journal = Open())
        {
            journal.Append(Bytes("one"));
            journal.Append(Bytes("two"));
        }

        using (var file = new FileStream(JournalPath, FileMode.Open))
        {
            file.SetLength(file.Length - 2);
        }

        using var reopened = Open();
        Assert.True(reopened.TruncatedBytes > 0);
        Assert.Equal("one", Encoding.ASCII.GetString(Assert.Single(reopened.Pending()).Message));
    }

    [Fact]
    public void Once_everything_is_delivered_a_large_journal_shrinks_and_sequences_keep_growing()
    {
        long last;
        using (var journal = Open())
        {
            var payload = new byte[4096];
            for (var i = 0; i < 400; i++)
            {
                journal.MarkDelivered(journal.Append(payload));
            }

            last = journal.Append(payload);
            journal.MarkDelivered(last);
        }

        Assert.True(new FileInfo(JournalPath).Length < 1024 * 1024);
        using var reopened = Open();
        Assert.Empty(reopened.Pending());
        Assert.True(reopened.Append(Bytes("next")) > last);
    }

    private InboundJournal Open() => InboundJournal.Open(JournalPath, FixFsyncPolicy.Batched, TimeProvider.System);

    private static byte[] Bytes(string text) => Encoding.ASCII.GetBytes(text);
}
