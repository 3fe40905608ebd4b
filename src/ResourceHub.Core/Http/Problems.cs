using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ResourceHub.Core.Http;

/// <summary>The site's RFC 9457 answers, with Chinese titles a user can act on.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string detail = "请求的内容不存在，或您无权查看。") =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "未找到");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "操作与当前状态冲突");

    public static ProblemHttpResult Forbidden(string detail = "您没有执行此操作的权限。") =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "禁止访问");

    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "请求无效");

    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "请求数据有误");

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "请求数据有误");
}
