using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ResourceHub.Web.Errors;

/// <summary>
/// Turns what the framework throws for bad input (malformed JSON, an unknown enum value, a body
/// too large) into 4xx problem details that name the field, instead of a 500.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        var details = new ProblemDetails { Status = bad.StatusCode, Title = "请求无效", Detail = Describe(bad) };
        if (FindJsonError(bad) is { } json)
        {
            var field = FieldOf(json.Path);
            details.Title = "请求数据有误";
            details.Detail = field is null ? "请求正文不是有效的 JSON。" : $"字段“{field}”的值无效。";
            if (field is not null)
            {
                details.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [details.Detail] };
            }
        }
        return await ErrorAnswer.WriteAsync(problems, context, details, exception);
    }

    private static string Describe(BadHttpRequestException bad) => bad.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => "请求正文超过了允许的大小。",
        StatusCodes.Status415UnsupportedMediaType => "不支持的内容类型：请以 application/json 发送。",
        _ => bad.Message,
    };

    private static JsonException? FindJsonError(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is JsonException json)
            {
                return json;
            }
        }
        return null;
    }

    /// <summary>"$.roles[0]" → "roles"; "$" or nothing → null (the body as a whole is broken).</summary>
    private static string? FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return null;
        }
        var name = path.TrimStart('$', '.').Split('.', '[')[0];
        return name.Length == 0 ? null : JsonNamingPolicy.CamelCase.ConvertName(name);
    }
}
