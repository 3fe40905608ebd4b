using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Http;
using ResourceHub.Training.Services;

namespace ResourceHub.Training.Endpoints;

public static class CertificateEndpoints
{
    /// <summary>What anyone holding a code may check (api-contract.md): exactly these fields.</summary>
    public sealed record CertificateDto(string Code, string Holder, string Programme, decimal Hours, DateTimeOffset IssuedAt);

    public static void MapCertificateEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/certificates", "研修");
        group.MapGet("/{code}", async Task<Ok<CertificateDto>> (string code, CompletionService certificates, CancellationToken ct) =>
                await certificates.FindAsync(code, ct) is { } c
                    ? TypedResults.Ok(new CertificateDto(c.Code, c.Holder, c.Programme, c.Hours, c.IssuedAt))
                    : throw new NotFoundException("没有这个验证码的研修证书。"))
            .AllowAnonymous()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("验证研修证书：200 {code, holder, programme, hours, issuedAt}，验证码不存在时 404");
        group.MapGet("/{code}/pdf", async (string code, HttpRequest request, CompletionService certificates, CancellationToken ct) =>
                await certificates.FindAsync(code, ct) is { } c
                    ? Results.File(CertificatePdf.Write(c, $"{request.Scheme}://{request.Host}/certificates/{c.Code}"), "application/pdf", $"研修证书-{c.Code}.pdf")
                    : throw new NotFoundException("没有这个验证码的研修证书。"))
            .AllowAnonymous()
            .WithSummary("研修证书 PDF（凭验证码下载）");
    }
}
