using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using ResourceHub.Core.Http;
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
        [property: Required(ErrorMessage = "请填写培训基地。"), StringLength(200)] string? TrainingBase,
        DateOnly? EndDate,
        [property: StringLength(64)] string? UserName)
    {
        public TrainingService.TrainingInput ToInput(ClaimsPrincipal user) =>
            new(TeacherName!, SchoolId ?? user.SchoolIdOrThrow(), CourseName!, Hours!.Value, Date!.Value, TrainingBase!, UserId, EndDate, UserName);
    }

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
                // Teachers' names stay within their school and its overseers: the region, the Admin.
                TypedResults.Ok(await service.ListAsync(user, schoolId)))
            .RequireAuthorization()
            .WithSummary("教师培训记录（系统管理员全部，地区管理员本地区，其他用户本校；可按学校筛选）");
        group.MapPost("/", async (TrainingRequest r, ClaimsPrincipal user, TrainingService service) =>
            {
                var record = await service.AddAsync(user, r.ToInput(user));
                return TypedResults.Created($"/api/v1/training-records/{record.Id}", record);
            })
            .RequireAuthorization(ReformPermissions.RecordTraining.Name)
            .WithSummary("登记一条教师培训记录；同一教师、课程、起止日期已登记时更新而不重复（一条记录即一人次）");
        group.MapPut("/{id:guid}", async (Guid id, TrainingRequest r, ClaimsPrincipal user, TrainingService service) =>
                TypedResults.Ok(await service.UpdateAsync(user, id, r.ToInput(user))))
            .RequireAuthorization(ReformPermissions.RecordTraining.Name)
            .WithSummary("修改培训记录（本校；修改前后记入历史）");
        group.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, TrainingService service) =>
            {
                await service.DeleteAsync(user, id);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(ReformPermissions.RecordTraining.Name)
            .WithSummary("删除培训记录（本校；删除的内容记入历史）");
        group.MapGet("/{id:guid}/history", async (Guid id, ClaimsPrincipal user, TrainingService service) =>
                TypedResults.Ok(await service.HistoryAsync(user, id)))
            .RequireAuthorization()
            .WithSummary("培训记录的变更历史（新增、更新、删除，含变更前后内容）");
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
