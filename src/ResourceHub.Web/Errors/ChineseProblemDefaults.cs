using Microsoft.AspNetCore.Http.Features;

namespace ResourceHub.Web.Errors;

/// <summary>
/// Bare status codes (an unknown route, a wrong content type) still get a Chinese title and a
/// detail that says what to do; problems that already carry a detail keep theirs.
/// </summary>
public static class ChineseProblemDefaults
{
    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Detail is not null)
        {
            return;
        }
        (problem.Title, problem.Detail) = problem.Status switch
        {
            StatusCodes.Status400BadRequest => ("请求无效", "请求的格式或内容有误。"),
            StatusCodes.Status401Unauthorized => ("需要登录", "请先登录或提供有效的访问令牌（Authorization: Bearer）。"),
            StatusCodes.Status403Forbidden => ("禁止访问", "您没有执行此操作的权限。"),
            StatusCodes.Status404NotFound => ("未找到", "请求的内容不存在，或您无权查看。"),
            StatusCodes.Status405MethodNotAllowed => ("不支持的请求方法", $"此地址不支持 {context.HttpContext.Request.Method} 请求。"),
            StatusCodes.Status409Conflict => ("操作与当前状态冲突", "请刷新后重试。"),
            StatusCodes.Status413PayloadTooLarge => ("内容过大", "请求正文超过了允许的大小。"),
            StatusCodes.Status415UnsupportedMediaType => ("不支持的内容类型", "请以 application/json 发送请求正文（上传文件用 multipart/form-data）。"),
            _ => (problem.Title, problem.Title),
        };
        problem.Extensions.TryAdd("traceId", context.HttpContext.Features.Get<IHttpActivityFeature>()?.Activity.Id ?? context.HttpContext.TraceIdentifier);
    }
}
