using ResourceHub.Schools;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Reform.Services;
using ResourceHub.Schools.Services;
using ResourceHub.Training.Models;

namespace ResourceHub.Training.Services;

/// <summary>The organiser's table of participants (one row each, one column per unit), on the page and as Excel.</summary>
public sealed class ParticipantTable(ResourceHubDbContext db, ProgrammeService programmes, UnitService units, EnrolmentService enrolments, ISchoolDirectory schools)
{
    public sealed record Cell(Guid UnitId, string State, bool Done, UnitProgress? Row);

    public sealed record Participant(Enrolment Enrolment, string SchoolName, IReadOnlyList<Cell> Cells, string? CertificateCode)
    {
        public int DoneCount => Cells.Count(c => c.Done);
    }

    public sealed record Table(TrainingProgramme Programme, IReadOnlyList<UnitService.UnitView> Units, IReadOnlyList<Participant> Rows);

    public async Task<Table> BuildAsync(ClaimsPrincipal actor, Guid programmeId, CancellationToken ct = default)
    {
        var rows = await enrolments.ParticipantsAsync(actor, programmeId, ct);
        var programme = await programmes.GetAsync(programmeId, ct);
        var views = await units.ViewAsync(programme, ct);
        var names = (await schools.ListAsync(ct)).ToDictionary(s => s.Id, s => s.Name);
        var ids = rows.Select(r => r.Id).ToList();
        var codes = await db.Set<Certificate>().AsNoTracking().Where(c => ids.Contains(c.EnrolmentId)).ToDictionaryAsync(c => c.EnrolmentId, c => c.Code, ct);
        return new Table(programme, views, rows.Select(e => new Participant(
            e, names.GetValueOrDefault(e.SchoolId, ""), views.Select(v => CellOf(v, e)).ToList(), codes.GetValueOrDefault(e.Id))).ToList());
    }

    public static Cell CellOf(UnitService.UnitView view, Enrolment enrolment)
    {
        var done = CompletionService.IsDone(view, enrolment);
        var row = enrolment.Progress.FirstOrDefault(p => p.UnitId == view.Unit.Id && p.FileId == null);
        var mine = enrolment.Progress.Where(p => p.UnitId == view.Unit.Id).ToList();
        var state = done ? "已完成"
            : row is not null ? row.State.ToChinese()
            : view.Unit.Kind == UnitKind.Package && mine.Count > 0 ? $"{mine.Count(p => p.State == UnitState.Done)}/{view.Files.Count} 个文件"
            : "未开始";
        return new Cell(view.Unit.Id, state, done, row);
    }

    public static byte[] ToExcel(Table table) => SheetWriter.Write(new SheetWriter.Sheet("参训教师",
        table.Rows.Select(r => new object?[] { r.Enrolment.TeacherName, r.SchoolName, r.Enrolment.Status.ToChinese() }
                .Concat(r.Cells.Select(c => (object?)c.State))
                .Concat([$"{r.DoneCount}/{r.Cells.Count}", r.CertificateCode ?? ""]).ToArray())
            .Prepend(new object?[] { "教师", "学校", "状态" }.Concat(table.Units.Select(u => (object?)u.Unit.Title)).Concat(["完成单元", "证书验证码"]).ToArray())));
}
