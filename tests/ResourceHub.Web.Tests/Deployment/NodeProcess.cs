using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace ResourceHub.Web.Tests.Deployment;

/// <summary>
/// One web node as systemd starts it: its own process (<c>dotnet ResourceHub.Web.dll --urls …</c>)
/// with settings from the environment, started from the repository, its output kept in a log file.
/// </summary>
public sealed class NodeProcess(string name, IReadOnlyDictionary<string, string> environment) : IDisposable
{
    private Process? _process;

    public string Name { get; } = name;

    public int Port { get; } = FreePort();

    public Uri Address => new($"http://127.0.0.1:{Port}");

    public string LogPath { get; } = Path.Combine(Path.GetTempPath(), $"resourcehub-node-{name}-{Guid.NewGuid():N}.log");

    public bool Running => _process is { HasExited: false };

    public void Start()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Repository.WebAssembly);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(Address.ToString().TrimEnd('/'));
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
        _process = Process.Start(info)!;
        var log = new StreamWriter(LogPath) { AutoFlush = true };
        _process.OutputDataReceived += (_, e) => Write(log, e.Data);
        _process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Waits for /health/ready (migrations, setup, the index caught up).</summary>
    public async Task WaitReadyAsync(TimeSpan within)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            Assert.True(Running, $"node {Name} exited during start: {Tail()}");
            try
            {
                if ((await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            Assert.True(DateTime.UtcNow < deadline, $"node {Name} not ready within {within.TotalSeconds} s: {Tail()}");
            await Task.Delay(500);
        }
    }

    /// <summary>kill -9: no shutdown, no flush, nothing.</summary>
    public void KillHard()
    {
        _process?.Kill(entireProcessTree: false);
        _process?.WaitForExit(10_000);
    }

    public string Tail() => File.Exists(LogPath) ? string.Join('\n', File.ReadLines(LogPath).TakeLast(40)) : "(no output)";

    public void Dispose()
    {
        if (Running)
        {
            _process!.Kill();
            _process.WaitForExit(10_000);
        }
        _process?.Dispose();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is not null)
        {
            lock (log)
            {
                log.WriteLine(line);
            }
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Where the repository and the host's build output are, seen from the test's own build output.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    /// <summary>The host built in the same configuration as this test (bin/&lt;Configuration&gt;/net10.0).</summary>
    public static string WebAssembly
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            return Path.Combine(Root, "src", "ResourceHub.Web", "bin", framework.Parent!.Name, framework.Name, "ResourceHub.Web.dll");
        }
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ResourceHub.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("ResourceHub.sln not found above " + AppContext.BaseDirectory);
    }
}
