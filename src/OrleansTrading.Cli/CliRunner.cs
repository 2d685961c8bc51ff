using System.CommandLine;
using Grpc.Core;

namespace OrleansTrading.Cli;

/// <summary>Runs one API command: connects, calls, prints; every failure becomes a sentence and an exit code.</summary>
internal static class CliRunner
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public static Func<ParseResult, CancellationToken, Task<int>> Api(Func<ParseResult, CallInvoker, CancellationToken, Task<string>> body) =>
        Api(async (parse, invoker, cancellation) => (await body(parse, invoker, cancellation), Ok));

    /// <summary>A command whose answer decides its exit code (a basket with refused orders fails, having printed them).</summary>
    public static Func<ParseResult, CancellationToken, Task<int>> Api(Func<ParseResult, CallInvoker, CancellationToken, Task<(string Output, int Exit)>> body) =>
        async (parse, cancellation) =>
        {
            try
            {
                using var connection = new ApiConnection(parse.GetValue(CliOptions.Endpoint)!, parse.GetValue(CliOptions.ApiKey), parse.GetValue(CliOptions.Token));
                var (output, exit) = await body(parse, connection.Invoker, cancellation);
                Console.WriteLine(output);
                return exit;
            }
            catch (CliUsageException ex)
            {
                Console.Error.WriteLine("error: " + ex.Message);
                return Usage;
            }
            catch (RpcException ex)
            {
                Console.Error.WriteLine(ErrorSentences.Describe(ex));
                return Failed;
            }
        };
}
