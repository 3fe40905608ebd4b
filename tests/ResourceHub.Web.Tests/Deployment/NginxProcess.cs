using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ResourceHub.Web.Tests.Deployment;

/// <summary>
/// nginx running deploy/nginx/resourcehub.conf itself: only the node ports, the listen port and
/// the log folder are rewritten for the test, inside a minimal nginx.conf of its own (no root paths).
/// </summary>
public sealed partial class NginxProcess : IDisposable
{
    public const string Binary = "/usr/sbin/nginx";

    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), $"resourcehub-nginx-{Guid.NewGuid():N}")).FullName;
    private Process? _process;

    public int Port { get; } = NodeProcess.FreePort();

    public Uri Address => new($"http://127.0.0.1:{Port}");

    public string AccessLog => Path.Combine(_folder, "resourcehub.access.log");

    public void Start(IReadOnlyList<int> nodePorts)
    {
        var site = File.ReadAllText(Path.Combine(Repository.Root, "deploy", "nginx", "resourcehub.conf"));
        var servers = UpstreamServer().Matches(site);
        if (servers.Count != nodePorts.Count)
        {
            throw new InvalidOperationException($"deploy/nginx/resourcehub.conf lists {servers.Count} nodes, the test runs {nodePorts.Count}");
        }
        var index = 0;
        site = UpstreamServer().Replace(site, m => $"server 127.0.0.1:{nodePorts[index++]}{m.Groups[1].Value}");
        site = site.Replace("listen 80;", $"listen 127.0.0.1:{Port};").Replace("/var/log/nginx/", _folder + "/");
        File.WriteAllText(Path.Combine(_folder, "resourcehub.conf"), site);
        // Workers run as nobody when nginx starts as root: the folder must be theirs to write too.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_folder, (UnixFileMode)0x1FF);
        }
        File.WriteAllText(Path.Combine(_folder, "nginx.conf"), $$"""
            worker_processes 1;
            pid {{_folder}}/nginx.pid;
            error_log {{_folder}}/error.log warn;
            events { worker_connections 512; }
            http {
                client_body_temp_path {{_folder}}/body;
                proxy_temp_path {{_folder}}/proxy;
                fastcgi_temp_path {{_folder}}/fastcgi;
                uwsgi_temp_path {{_folder}}/uwsgi;
                scgi_temp_path {{_folder}}/scgi;
                include {{_folder}}/resourcehub.conf;
            }
            """);
        var info = new ProcessStartInfo(Binary) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var arg in new[] { "-p", _folder, "-c", Path.Combine(_folder, "nginx.conf"), "-e", Path.Combine(_folder, "error.log"), "-g", "daemon off;" })
        {
            info.ArgumentList.Add(arg);
        }
        _process = Process.Start(info)!;
    }

    public string ErrorLog() => File.Exists(Path.Combine(_folder, "error.log")) ? File.ReadAllText(Path.Combine(_folder, "error.log")) : "";

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [GeneratedRegex(@"server 127\.0\.0\.1:\d+( [^;]*;)")]
    private static partial Regex UpstreamServer();
}
