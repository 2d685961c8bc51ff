// Integration tests start real processes (hosts, Azurite, FIX peers) on a 2-core machine: one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
