using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ResourceHub.Zone.Pages;

/// <summary>The friendly page shown for a bare error status (re-executed by the host).</summary>
[AllowAnonymous, IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        Code = code;
        (Heading, Message) = code switch
        {
            404 => ("页面不存在", "您要找的页面不存在，或您无权查看。请检查地址，或从首页重新进入。"),
            403 => ("无权访问", "您的账户没有打开此页面的权限。"),
            400 => ("请求无效", "请求的内容有误，请返回上一页检查后重试。"),
            409 => ("当前状态不允许此操作", "例如审核中的资源包不能修改。请返回查看它的状态。"),
            413 => ("文件过大", "上传的内容超过了允许的大小。"),
            _ => ("出错了", "请求未能完成，请稍后重试。"),
        };
        // Re-executed for an error: keep the original status; opened directly: it is a page.
        if (HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null)
        {
            Response.StatusCode = code is >= 400 and < 600 ? code : 200;
        }
    }
}
