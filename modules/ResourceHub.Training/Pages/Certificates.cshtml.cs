using Microsoft.AspNetCore.Mvc.RazorPages;
using ResourceHub.Training.Models;
using ResourceHub.Training.Services;

namespace ResourceHub.Training.Pages;

/// <summary>The public verification page: anyone types (or follows) a certificate's code.</summary>
public sealed class CertificatesModel(CompletionService certificates) : PageModel
{
    public string? Code { get; private set; }
    public Certificate? Certificate { get; private set; }

    public async Task OnGetAsync(string? code, CancellationToken ct)
    {
        Code = code?.Trim();
        if (!string.IsNullOrEmpty(Code))
        {
            Certificate = await certificates.FindAsync(Code, ct);
            if (Certificate is null)
            {
                Response.StatusCode = 404;
            }
        }
    }
}
