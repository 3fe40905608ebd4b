namespace ResourceHub.Core.Http;

/// <summary>
/// A rule said no. Services throw these; the host answers them as problem details with the
/// status below, and pages show the message beside the form. Never a 500.
/// </summary>
public class DomainException(int status, string title, string message, IDictionary<string, string[]>? errors = null) : Exception(message)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public IDictionary<string, string[]>? Errors { get; } = errors;
}

public sealed class NotFoundException(string message = "请求的内容不存在，或您无权查看。")
    : DomainException(404, "未找到", message);

public sealed class ConflictException(string message)
    : DomainException(409, "操作与当前状态冲突", message);

public sealed class ForbiddenException(string message = "您没有执行此操作的权限。")
    : DomainException(403, "禁止访问", message);

/// <summary>A field's value breaks a rule: 400 with <c>errors</c> naming the field.</summary>
public sealed class FieldException(string field, string message)
    : DomainException(400, "请求数据有误", message, new Dictionary<string, string[]> { [field] = [message] })
{
    public string Field { get; } = field;
}
