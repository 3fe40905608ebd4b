using System.Diagnostics;

namespace ResourceHub.Media.Processing;

/// <summary>Runs a tool (gs, ffmpeg, ffprobe) with a deadline; a tool that overruns is killed with its children.</summary>
public static class ProcessRunner
{
    public static async Task<string> RunAsync(string tool, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken ct)
    {
        var start = new ProcessStartInfo(tool)
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
            throw new MediaProcessingException($"服务器缺少处理工具 {tool}，请联系管理员。", e);
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
            var detail = stderr.Length > 300 ? stderr[^300..] : stderr;
            throw new MediaProcessingException($"文件无法解析（{Path.GetFileName(tool)} 退出码 {process.ExitCode}）：{detail.Trim()}");
        }
        return stdout;
    }
}
