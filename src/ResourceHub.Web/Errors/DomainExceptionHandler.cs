using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using ResourceHub.Core.Http;

namespace ResourceHub.Web.Errors;

/// <summary>Answers a rule's refusal (<see cref="DomainException"/>) with its own status.</summary>
public sealed class DomainExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not DomainException domain)
        {
            return false;
        }
        var details = new ProblemDetails { Status = domain.Status, Title = domain.Title, Detail = domain.Message };
        if (domain.Errors is not null)
        {
            details.Extensions["errors"] = domain.Errors;
        }
        return await ErrorAnswer.WriteAsync(problems, context, details);
    }
}
