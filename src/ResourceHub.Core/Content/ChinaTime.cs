namespace ResourceHub.Core.Content;

/// <summary>
/// Times are stored in UTC and shown in China Standard Time (UTC+8), whatever zone the server
/// runs in: a printed 审核意见表 must carry the date its reviewers saw.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset ToChinaTime(this DateTimeOffset value) => value.ToOffset(Offset);
}
