using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Http;
using ResourceHub.Core.Security;
using ResourceHub.Reform.Services;

namespace ResourceHub.Reform.Endpoints;

public static class TrainingEndpoints
{
    public sealed record TrainingRequest(
        [property: Required(ErrorMessage = "请填写教师姓名。"), StringLength(50)] string? TeacherName,
        Guid? UserId,
        Guid? SchoolId,
        [property: Required(ErrorMessage = "请填写培训课程。"), StringLength(200)] string? CourseName,
        [property: Required(ErrorMessage = "请填写学时。")] decimal? Hours,
        [property: Required(ErrorMessage = "请填写培训日期。")] DateOnly? Date,
        [property: Required(ErrorMessage = "请填写培训基地。"), StringLength(200)] string? TrainingBase);

    public sealed record TeachingLoadRequest(
        [property: Required(ErrorMessage = "请填写教师姓名。"), StringLength(50)] string? TeacherName,
        Guid? SchoolId,
        [property: Required(ErrorMessage = "请填写课程。"), StringLength(200)] string? CourseName,
        [property: Required(ErrorMessage = "请填写课时。")] decimal? Hours,
        bool? Integrated,
        [property: Required(ErrorMessage = "请填写学期，例如 2024-2025-1。"), StringLength(50)] string? Term);

    public static void MapTrainingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/training-records", "师资培训");
        group.MapGet("/", async (Guid? schoolId, ClaimsPrincipal user, TrainingService service) =>
                // Teachers' names stay within their school; an admin sees every school's.
                TypedResults.Ok(await service.ListAsync(user.IsInRole(Roles.Admin) ? schoolId : user.SchoolId() ?? Guid.Empty)))
            .RequireAuthorization()
            .WithSummary("教师培训记录（管理员可按学校筛选；其他用户只看本校）");
        group.MapPost("/", async (TrainingRequest r, ClaimsPrincipal user, TrainingService service) =>
            {
                var record = await service.AddAsync(user, new(r.TeacherName!, r.SchoolId ?? user.SchoolIdOrThrow(), r.CourseName!, r.Hours!.Value, r.Date!.Value, r.TrainingBase!, r.UserId));
                return TypedResults.Created($"/api/v1/training-records/{record.Id}", record);
            })
            .RequireAuthorization(ReformPermissions.RecordTraining.Name)
            .WithSummary("登记一条教师培训记录");
        group.MapPost("/import", Import)
            .RequireAuthorization(ReformPermissions.RecordTraining.Name)
            // The form binding's own check is off: bearer clients carry no token; cookie callers need X-CSRF-TOKEN (the host's API check).
            .DisableAntiforgery()
            .WithSummary("从 Excel 导入培训记录（multipart 字段 file；dryRun=true 只检查）：列出每个错误行，有错误则全部不保存（400）；"
                + "工作簿超过 10 MB、解压后过大或超过 50000 行答 413");

        endpoints.MapApiGroup("/api/v1/teaching-loads", "师资培训")
            .MapPost("/", async (TeachingLoadRequest r, ClaimsPrincipal user, WorkloadService service) =>
            {
                var load = await service.AddAsync(user, r.TeacherName!, r.SchoolId ?? user.SchoolIdOrThrow(), r.CourseName!, r.Hours!.Value, r.Integrated ?? false, r.Term!);
                return TypedResults.Created($"/api/v1/teaching-loads/{load.Id}", load);
            })
            .RequireAuthorization(ReformPermissions.RecordTraining.Name)
            .WithSummary("登记教师一学期某课程的课时（integrated 表示一体化课程）");
        endpoints.MapApiGroup("/api/v1/workload", "师资培训")
            .MapGet("/", async (Guid schoolId, string teacher, string? term, ClaimsPrincipal user, WorkloadService service) =>
                TypedResults.Ok(await service.ReportAsync(user, schoolId, teacher, term)))
            .RequireAuthorization()
            .WithSummary("教师工作量：一体化课程课时按所在地区系数折算（内蒙古 1.4 倍）");
    }

    private static async Task<Results<Ok<TrainingService.ImportResult>, ProblemHttpResult>> Import(
        HttpRequest request, bool? dryRun, ClaimsPrincipal user, TrainingService service, CancellationToken ct)
    {
        if (!request.HasFormContentType || (await request.ReadFormAsync(ct)).Files.GetFile("file") is not { Length: > 0 } file)
        {
            throw new FieldException("file", "请上传 Excel 工作簿（multipart/form-data 字段 file）。");
        }
        var result = await service.ImportAsync(user, file, dryRun ?? false, ct);
        if (result.DryRun || result.Saved)
        {
            return TypedResults.Ok(result);
        }
        return TypedResults.Problem(
            $"表格有 {result.Errors.Count} 处错误，全部记录均未保存；请修改后重新导入。",
            statusCode: StatusCodes.Status400BadRequest,
            title: "培训记录表有误",
            extensions: new Dictionary<string, object?> { ["rows"] = result.Errors });
    }
}
