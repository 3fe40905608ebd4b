using Microsoft.AspNetCore.Mvc;

namespace ResourceHub.Web.Errors;

/// <summary>
/// How every exception handler answers: API callers get problem details; people on a page get
/// the status alone, with an empty body, so the friendly status page is shown instead.
/// </summary>
public static class ErrorAnswer
{
    /// <summary>Machine callers: the API, and the metrics endpoint a Prometheus server scrapes.</summary>
    public static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments(Hosting.TelemetrySetup.MetricsPath);

    public static async ValueTask<bool> WriteAsync(IProblemDetailsService problems, HttpContext context, ProblemDetails details, Exception? exception = null)
    {
        context.Response.StatusCode = details.Status ?? StatusCodes.Status500InternalServerError;
        return !IsApi(context)
            || await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
    }
}
