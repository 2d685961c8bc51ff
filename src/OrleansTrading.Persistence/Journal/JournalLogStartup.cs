using Orleans;
using Orleans.Runtime;

namespace OrleansTrading.Persistence.Journal;

/// <summary>
/// Holds the silo's start until the journal log is read back and applied, so a damaged log stops the start with its
/// error (the host exits and says what to restore) instead of failing every order once the silo is up.
/// </summary>
internal sealed class JournalLogStartup(LoggedEventJournal journal) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(JournalLogStartup), ServiceLifecycleStage.RuntimeStorageServices, _ => journal.Opened, _ => Task.CompletedTask);
}
