using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ResourceHub.Media.Processing;

/// <summary>
/// Runs a converter (LibreOffice, gs, ffmpeg, ffprobe) with a deadline, inside <see cref="ToolSandbox"/>
/// unless an operator turned the sandbox off (<c>ResourceHub:Media:Sandbox</c>). Where the sandbox
/// cannot start the job fails closed. A tool that overruns is killed with its children. What a tool
/// prints goes to the log only: users get a Chinese reason (and the job's reference id).
/// </summary>
public sealed class ToolRunner(IOptions<MediaOptions> options, ILogger<ToolRunner> log)
{
    public const string SandboxUnavailable = "服务器的文件转换隔离环境（沙箱）无法启动，出于安全考虑未处理此文件。请联系管理员。";

    private volatile bool _sandboxWorks;

    public async Task<string> RunAsync(string tool, IEnumerable<string> arguments, string workFolder, TimeSpan timeout, CancellationToken ct)
    {
        if (!Path.IsPathRooted(tool))
        {
            tool = OnPath(tool) ?? throw new MediaProcessingException($"服务器缺少处理工具 {tool}，请联系管理员。");
        }
        if (!options.Value.Sandbox)
        {
            return await ExecuteAsync(tool, tool, arguments, timeout, ct);
        }
        await EnsureSandboxAsync(workFolder, ct);
        return await ExecuteAsync(tool, options.Value.SandboxPath, ToolSandbox.Wrap(tool, arguments, workFolder), timeout, ct);
    }

    /// <summary>Starts an empty jail once (until it first works) so that a broken sandbox is told apart from a failing tool.</summary>
    private async Task EnsureSandboxAsync(string workFolder, CancellationToken ct)
    {
        if (_sandboxWorks)
        {
            return;
        }
        try
        {
            await ExecuteAsync(options.Value.SandboxPath, options.Value.SandboxPath, ToolSandbox.Wrap("/usr/bin/true", [], workFolder), TimeSpan.FromSeconds(30), ct);
            _sandboxWorks = true;
        }
        catch (MediaProcessingException e)
        {
            log.LogError(e, "The converter sandbox ({Program}) cannot start; converting jobs fail until it does (or ResourceHub:Media:Sandbox=false)", options.Value.SandboxPath);
            throw new MediaProcessingException(SandboxUnavailable, e);
        }
    }

    public static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);

    private async Task<string> ExecuteAsync(string tool, string program, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken ct)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            log.LogError(e, "Cannot start {Program}", program);
            throw new MediaProcessingException($"服务器缺少处理工具 {Path.GetFileName(program)}，请联系管理员。", e);
        }
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (ct.IsCancellationRequested)
            {
                throw;
            }
            throw new MediaProcessingException($"处理超时（{timeout.TotalSeconds:0} 秒），已停止。");
        }
        var stdout = await output;
        var stderr = await error;
        if (process.ExitCode != 0)
        {
            log.LogWarning("{Tool} exited with {Code}: {Error}", tool, process.ExitCode, stderr.Length > 2000 ? stderr[^2000..] : stderr);
            throw new MediaProcessingException($"文件无法解析（{Path.GetFileName(tool)} 处理失败），请检查文件是否完整。");
        }
        return stdout;
    }
}
