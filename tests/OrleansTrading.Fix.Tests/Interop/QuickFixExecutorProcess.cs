using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace OrleansTrading.Fix.Tests.Interop;

/// <summary>
/// Runs QuickFIX/C++'s "executor" example as a FIX 4.4 acceptor on 127.0.0.1 for interop tests (see
/// <c>tests/interop/README.md</c> for what it answers). <see cref="StartAsync"/> builds it when needed
/// (<c>scripts/build-quickfix-executor.sh</c>), renders <c>tests/interop/executor.cfg.template</c> with a free port and a
/// fresh temporary folder, starts the process, captures everything it prints and returns once the port accepts
/// connections. Disposing kills it and deletes the folder. Tests that need it use <see cref="QuickFixExecutorFactAttribute"/>,
/// which skips them with <see cref="UnavailableReason"/> when the toolchain or the dictionary is missing.
/// </summary>
public sealed partial class QuickFixExecutorProcess : IAsyncDisposable
{
    public const string DefaultSenderCompId = "EXECUTOR";
    public const string DefaultTargetCompId = "ORLEANS";
    public const string ExamplesDirectory = "/usr/share/doc/libquickfix-doc/examples/executor/C++";

    private const int StartAttempts = 3;
    private static readonly TimeSpan _readyTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan _stopTimeout = TimeSpan.FromSeconds(10);
    private static readonly Lazy<string?> _unavailableReason = new(FindUnavailableReason);
    private static readonly SemaphoreSlim _buildGate = new(1, 1);
    private static string? _builtBinary;

    private readonly string _binary;
    private readonly Action<string>? _outputLine;
    private readonly StringBuilder _output = new();
    private readonly Lock _outputLock = new();
    private Process? _process;

    private QuickFixExecutorProcess(
        string binary, string workDirectory, string configPath, int port, string senderCompId, string targetCompId, Action<string>? outputLine)
    {
        _binary = binary;
        WorkDirectory = workDirectory;
        ConfigPath = configPath;
        Port = port;
        SenderCompId = senderCompId;
        TargetCompId = targetCompId;
        _outputLine = outputLine;
    }

    /// <summary>Null when the executor can be built and run here; otherwise what is missing and how to get it.</summary>
    public static string? UnavailableReason => _unavailableReason.Value;

    public static bool IsAvailable => UnavailableReason is null;

    /// <summary>The repository root (the folder holding <c>OrleansTrading.sln</c>), or null when not found.</summary>
    public static string? RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The QuickFIX-format FIX 4.4 dictionary the executor validates with (installed by install-prerequisites.sh).</summary>
    public static string DataDictionaryPath => Path.Combine(RepositoryRoot ?? ".", ".tools", "node", "node_modules", "jspurefix", "data", "FIX44.xml");

    public string Host => IPAddress.Loopback.ToString();

    public int Port { get; }

    /// <summary>The executor's CompID: the initiator's TargetCompID.</summary>
    public string SenderCompId { get; }

    /// <summary>The CompID the executor expects from its counterparty: the initiator's SenderCompID.</summary>
    public string TargetCompId { get; }

    /// <summary>Temporary folder holding the rendered config, the session store and logs.</summary>
    public string WorkDirectory { get; }

    public string ConfigPath { get; }

    public bool HasExited => _process is null || _process.HasExited;

    /// <summary>Everything the executor printed so far (its screen log shows each message in and out): for diagnostics.</summary>
    public string Output
    {
        get
        {
            lock (_outputLock)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Builds the executor if needed and starts it. Throws <see cref="InvalidOperationException"/> when
    /// <see cref="UnavailableReason"/> is not null (guard tests with <see cref="QuickFixExecutorFactAttribute"/>), or with the
    /// executor's output when it does not come up.
    /// </summary>
    /// <param name="outputLine">Receives each line the executor prints as it prints it (e.g. an xunit test output helper).</param>
    public static async Task<QuickFixExecutorProcess> StartAsync(
        string senderCompId = DefaultSenderCompId,
        string targetCompId = DefaultTargetCompId,
        Action<string>? outputLine = null,
        CancellationToken cancellationToken = default)
    {
        if (UnavailableReason is { } reason)
        {
            throw new InvalidOperationException($"The QuickFIX/C++ executor is not available: {reason}");
        }

        var binary = await BuildAsync(cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var workDirectory = Directory.CreateTempSubdirectory("quickfix-executor-").FullName;
            var port = FreeLoopbackPort();
            var configPath = Path.Combine(workDirectory, "executor.cfg");
            await File.WriteAllTextAsync(
                configPath, RenderConfig(port, workDirectory, senderCompId, targetCompId), cancellationToken).ConfigureAwait(false);
            var executor = new QuickFixExecutorProcess(binary, workDirectory, configPath, port, senderCompId, targetCompId, outputLine);
            try
            {
                await executor.LaunchAsync(cancellationToken).ConfigureAwait(false);
                return executor;
            }
            catch (ExecutorExitedException) when (attempt < StartAttempts)
            {
                // Most likely another process took the port between picking and binding it: try a new one.
                await executor.DisposeAsync().ConfigureAwait(false);
            }
            catch
            {
                await executor.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
    }

    /// <summary>
    /// Kills the executor (as a crash would) and starts it again on the same port with the same store, so sequence
    /// numbers and sent messages survive. Note: its OrderID/ExecID counters restart at 1.
    /// </summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        await StopAsync().ConfigureAwait(false);
        AppendOutput("----- harness: executor restarted -----");
        await LaunchAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it is not worth it.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }

    /// <summary>Renders the template: every placeholder must be known, and none may remain.</summary>
    public static string RenderConfig(int port, string workDirectory, string senderCompId, string targetCompId)
    {
        var template = File.ReadAllText(TemplatePath());
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["WORK_DIR"] = workDirectory,
            ["DATA_DICTIONARY"] = DataDictionaryPath,
            ["SENDER_COMP_ID"] = senderCompId,
            ["TARGET_COMP_ID"] = targetCompId,
        };
        return Placeholder().Replace(template, match => values.TryGetValue(match.Groups[1].Value, out var value)
            ? value
            : throw new InvalidOperationException($"{TemplatePath()} uses the unknown placeholder {match.Value}; known: {string.Join(", ", values.Keys)}."));
    }

    private static async Task<string> BuildAsync(CancellationToken cancellationToken)
    {
        await _buildGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_builtBinary is not null)
            {
                return _builtBinary;
            }

            var script = Path.Combine(RepositoryRoot!, "scripts", "build-quickfix-executor.sh");
            var start = new ProcessStartInfo("bash", [script])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = RepositoryRoot!,
            };
            using var build = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {script}.");
            var stdout = build.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = build.StandardError.ReadToEndAsync(cancellationToken);
            await build.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            var printed = (await stdout.ConfigureAwait(false)).Trim();
            var diagnostics = await stderr.ConfigureAwait(false);
            if (build.ExitCode != 0)
            {
                throw new InvalidOperationException($"{script} failed with exit code {build.ExitCode}:\n{diagnostics}\n{printed}");
            }

            var binary = printed.Split('\n')[^1].Trim();
            if (!File.Exists(binary))
            {
                throw new InvalidOperationException($"{script} succeeded but printed '{binary}', which is not a file:\n{diagnostics}");
            }

            _builtBinary = binary;
            return binary;
        }
        finally
        {
            _buildGate.Release();
        }
    }

    private async Task LaunchAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(_binary, [ConfigPath])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = WorkDirectory,
        };
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => AppendOutput(e.Data);
        process.ErrorDataReceived += (_, e) => AppendOutput(e.Data);
        if (!process.Start())
        {
            process.Dispose();
            throw new InvalidOperationException($"Could not start {_binary}.");
        }

        _process = process;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilListeningAsync(process, cancellationToken).ConfigureAwait(false);
    }

    private async Task WaitUntilListeningAsync(Process process, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new ExecutorExitedException(
                    $"The QuickFIX/C++ executor exited with code {process.ExitCode} before listening on port {Port}. Output:\n{Output}");
            }

            using (var probe = new TcpClient())
            {
                try
                {
                    using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    attemptTimeout.CancelAfter(TimeSpan.FromSeconds(1));
                    await probe.ConnectAsync(IPAddress.Loopback, Port, attemptTimeout.Token).ConfigureAwait(false);
                    return;
                }
                catch (SocketException)
                {
                    // Not listening yet.
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    // This connection attempt timed out; try again.
                }
            }

            if (deadline.Elapsed > _readyTimeout)
            {
                throw new TimeoutException($"The QuickFIX/C++ executor did not accept connections on port {Port} within {_readyTimeout.TotalSeconds} s. Output:\n{Output}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task StopAsync()
    {
        var process = _process;
        _process = null;
        if (process is null)
        {
            return;
        }

        using (process)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            using var timeout = new CancellationTokenSource(_stopTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                AppendOutput($"----- harness: executor (pid {process.Id}) did not exit within {_stopTimeout.TotalSeconds} s of being killed -----");
            }
        }
    }

    private void AppendOutput(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_outputLock)
        {
            _output.AppendLine(line);
        }

        _outputLine?.Invoke(line);
    }

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static string TemplatePath() => Path.Combine(RepositoryRoot ?? ".", "tests", "interop", "executor.cfg.template");

    private static string? FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OrleansTrading.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    private static string? FindUnavailableReason()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "the QuickFIX/C++ executor is built from Debian packages and runs on Linux only.";
        }

        if (RepositoryRoot is null)
        {
            return $"the repository root (a folder with OrleansTrading.sln) was not found above {AppContext.BaseDirectory}.";
        }

        if (!File.Exists(TemplatePath()))
        {
            return $"{TemplatePath()} is missing.";
        }

        if (!File.Exists(DataDictionaryPath))
        {
            return $"{DataDictionaryPath} is missing: run ./scripts/install-prerequisites.sh (it installs jspurefix's FIX44.xml).";
        }

        if (File.Exists(Path.Combine(RepositoryRoot, ".tools", "quickfix-executor", "executor")))
        {
            return null;
        }

        if (!File.Exists("/usr/include/quickfix/Session.h"))
        {
            return "QuickFIX/C++ headers are missing: apt-get install libquickfix-dev (or run ./scripts/install-prerequisites.sh).";
        }

        if (!Directory.Exists(ExamplesDirectory))
        {
            return $"{ExamplesDirectory} is missing: apt-get install libquickfix-doc (or run ./scripts/install-prerequisites.sh).";
        }

        var compiler = Environment.GetEnvironmentVariable("CXX") is { Length: > 0 } cxx ? cxx : "g++";
        return IsOnPath(compiler) ? null : $"the C++ compiler '{compiler}' is not on PATH: apt-get install g++.";
    }

    private static bool IsOnPath(string program)
    {
        if (program.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(program);
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (File.Exists(Path.Combine(directory, program)))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\{\{([A-Z_]+)\}\}")]
    private static partial Regex Placeholder();

    private sealed class ExecutorExitedException(string message) : Exception(message);
}
