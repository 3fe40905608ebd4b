using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Content;
using ResourceHub.Core.Data;
using ResourceHub.Reform.Services;
using ResourceHub.Training.Models;

namespace ResourceHub.Training.Services;

/// <summary>
/// When every unit is done: the enrolment completes, a certificate is issued, and a training record
/// is written through Reform's training service (one per teacher and programme, keyed by the
/// programme), so the targets and phases count it in 人次 like any other training.
/// </summary>
public sealed class CompletionService(ResourceHubDbContext db, UnitService units, TrainingService training)
{
    // No 0/O, 1/I/L: a code read off paper must be typed back without guessing.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static bool IsDone(UnitService.UnitView view, Enrolment enrolment) => view.Unit.Kind == UnitKind.Package
        ? view.Files.Count > 0 && view.Files.All(f => enrolment.Progress.Any(p => p.UnitId == view.Unit.Id && p.FileId == f.Id && p.State == UnitState.Done))
        : enrolment.Progress.Any(p => p.UnitId == view.Unit.Id && p.State == UnitState.Done);

    public async Task CheckAsync(TrainingProgramme programme, Enrolment enrolment, CancellationToken ct)
    {
        var views = await units.ViewAsync(programme, ct);
        if (enrolment.Status == EnrolmentStatus.Enrolled && views.Count > 0 && views.All(v => IsDone(v, enrolment)))
        {
            enrolment.Status = EnrolmentStatus.Completed;
            enrolment.CompletedAt = DateTimeOffset.UtcNow;
            db.Add(new Certificate
            {
                Code = NewCode(), EnrolmentId = enrolment.Id, UserId = enrolment.UserId, Holder = enrolment.TeacherName,
                Programme = programme.Title, Organiser = programme.OrganiserName, Hours = programme.Hours,
            });
            // The record joins this unit of work: one SaveChanges writes the completion, certificate and record.
            await training.RecordCompletionAsync(
                new TrainingService.TrainingInput(enrolment.TeacherName, enrolment.SchoolId, programme.Title, programme.Hours,
                    DateOnly.FromDateTime(enrolment.CompletedAt.Value.ToChinaTime().DateTime), programme.OrganiserName, enrolment.UserId),
                programme.SourceKey, ct);
        }
        await db.SaveChangesAsync(ct);
    }

    public Task<Certificate?> FindAsync(string code, CancellationToken ct = default)
    {
        var normalised = code.Trim().ToUpperInvariant();
        return db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == normalised, ct);
    }

    public Task<Certificate?> ForEnrolmentAsync(Guid enrolmentId, CancellationToken ct = default) =>
        db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.EnrolmentId == enrolmentId, ct);

    private static string NewCode() => RandomNumberGenerator.GetString(Alphabet, 12);
}
