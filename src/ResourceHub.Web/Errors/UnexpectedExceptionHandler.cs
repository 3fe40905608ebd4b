using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ResourceHub.Web.Errors;

/// <summary>
/// The last resort: a client that went away is not an error; anything else is logged in full
/// and answered with a problem body that leaks no internals.
/// </summary>
public sealed class UnexpectedExceptionHandler(IProblemDetailsService problems, ILogger<UnexpectedExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            context.Response.StatusCode = 499;
            return true;
        }
        logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
        return await ErrorAnswer.WriteAsync(problems, context,
            new ProblemDetails { Status = 500, Title = "服务器内部错误", Detail = "请求未能完成，已记录错误，请稍后重试。" });
    }
}
