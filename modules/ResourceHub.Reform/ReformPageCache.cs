using Microsoft.Extensions.DependencyInjection;
using ResourceHub.Core.Caching;
using ResourceHub.Reform.Models;

namespace ResourceHub.Reform;

/// <summary>
/// What of the reform the home page shows (decision 0010): targets and phases, the specialties and
/// schools reached through approved applications in their batches, training in 人次 (also a
/// 研修项目's completion, written as a training record) and the published 优质课堂 / 精品课程 / 示范专业.
/// A change to any of them evicts the home page.
/// </summary>
public static class ReformPageCache
{
    public static void AddReformPageCache(this IServiceCollection services)
    {
        services.EvictPagesOn<Target>(PageTags.Home);
        services.EvictPagesOn<Phase>(PageTags.Home);
        services.EvictPagesOn<Batch>(PageTags.Home);
        services.EvictPagesOn<SpecialtyApplication>(PageTags.Home);
        services.EvictPagesOn<TrainingRecord>(PageTags.Home);
        services.EvictPagesOn<Nomination>(PageTags.Home);
    }
}
