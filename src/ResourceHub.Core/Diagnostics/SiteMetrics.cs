using System.Diagnostics.Metrics;

namespace ResourceHub.Core.Diagnostics;

/// <summary>
/// The site's own measurements (meter <see cref="MeterName"/>), exported with the request metrics
/// on the Prometheus endpoint. Modules record through this one singleton; queue and lag figures
/// are sampled by the workers that already read those tables, so a scrape costs no query.
/// </summary>
public sealed class SiteMetrics
{
    public const string MeterName = "ResourceHub";

    private long _jobsQueued;
    private double _oldestJobSeconds;
    private long _indexLagTasks;
    private double _indexLagSeconds;

    public SiteMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        UploadBytes = meter.CreateCounter<long>("resourcehub.upload.bytes", "By", "文件上传已存储的字节数");
        SearchDuration = meter.CreateHistogram<double>("resourcehub.search.duration", "s", "检索请求的耗时");
        meter.CreateObservableGauge("resourcehub.jobs.queued", () => Interlocked.Read(ref _jobsQueued), "{job}", "等待或正在处理的后台任务数");
        meter.CreateObservableGauge("resourcehub.jobs.oldest_age", () => Volatile.Read(ref _oldestJobSeconds), "s", "最早一个未完成后台任务的等待时间");
        meter.CreateObservableGauge("resourcehub.index.lag_tasks", () => Interlocked.Read(ref _indexLagTasks), "{task}", "本节点检索索引尚未应用的索引任务数");
        meter.CreateObservableGauge("resourcehub.index.lag", () => Volatile.Read(ref _indexLagSeconds), "s", "本节点检索索引落后的时间");
    }

    public Counter<long> UploadBytes { get; }

    public Histogram<double> SearchDuration { get; }

    public void JobQueue(long queued, TimeSpan oldest)
    {
        Interlocked.Exchange(ref _jobsQueued, queued);
        Volatile.Write(ref _oldestJobSeconds, oldest.TotalSeconds);
    }

    public void IndexLag(long tasks, TimeSpan behind)
    {
        Interlocked.Exchange(ref _indexLagTasks, tasks);
        Volatile.Write(ref _indexLagSeconds, behind.TotalSeconds);
    }
}
