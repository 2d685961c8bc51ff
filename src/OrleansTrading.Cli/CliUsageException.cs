namespace OrleansTrading.Cli;

/// <summary>The command line itself is wrong (a missing or malformed option); the message says what to type instead.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
