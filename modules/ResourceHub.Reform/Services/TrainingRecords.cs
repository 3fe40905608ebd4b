using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ResourceHub.Core.Data;
using ResourceHub.Core.Http;
using ResourceHub.Reform.Models;
using static ResourceHub.Reform.Services.TrainingService;

namespace ResourceHub.Reform.Services;

/// <summary>The small rules around one training record: validation, the account link, snapshots for its history.</summary>
internal static class TrainingRecords
{
    public static void Validate(TrainingInput input)
    {
        if (TrainingSheet.Check(input.TeacherName, input.CourseName, input.Hours, input.Date, input.TrainingBase).FirstOrDefault() is { } p)
        {
            throw new FieldException(p.Field, p.Reason);
        }
        if (input.EndDate is { } end && end < input.Date)
        {
            throw new FieldException("endDate", "培训结束日期不能早于开始日期。");
        }
    }

    /// <summary>
    /// The teacher's account: the one named by user name (it must be of the same school), else the
    /// only account of the school with the teacher's name; none when there is none or several.
    /// </summary>
    public static async Task<Guid?> LinkAsync(UserManager<ResourceHubUser> users, ResourceHubDbContext db, TrainingInput input, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(input.UserName))
        {
            var named = await users.FindByNameAsync(input.UserName.Trim());
            if (named is null || named.SchoolId != input.SchoolId)
            {
                throw new FieldException("userName", $"本校没有用户名为“{input.UserName.Trim()}”的账户。");
            }
            return named.Id;
        }
        var name = input.TeacherName.Trim();
        var matches = await db.Users.Where(u => u.SchoolId == input.SchoolId && u.DisplayName == name).Select(u => u.Id).Take(2).ToListAsync(ct);
        return matches.Count == 1 ? matches[0] : null;
    }

    public static bool Same(TrainingRecord r, TrainingInput i, Guid? userId) =>
        r.Hours == i.Hours && r.TrainingBase == i.TrainingBase.Trim() && r.UserId == userId
        && r.TeacherName == i.TeacherName.Trim() && r.CourseName == i.CourseName.Trim() && r.Date == i.Date && r.EndDate == (i.EndDate ?? i.Date);

    public static void Apply(TrainingRecord r, TrainingInput i, Guid? userId)
    {
        r.TeacherName = i.TeacherName.Trim();
        r.CourseName = i.CourseName.Trim();
        r.TrainingBase = i.TrainingBase.Trim();
        r.Hours = i.Hours;
        r.Date = i.Date;
        r.EndDate = i.EndDate ?? i.Date;
        r.UserId = userId;
    }

    public static string Snapshot(TrainingRecord r) => JsonSerializer.Serialize(
        new { r.TeacherName, r.UserId, r.CourseName, r.Hours, r.Date, r.EndDate, r.TrainingBase, r.Source, r.SourceKey }, JsonSerializerOptions.Web);

    public static TrainingRecordChange Change(TrainingRecord r, string action, Guid? actor, string? before, bool deleted = false) => new()
    {
        RecordId = r.Id, SchoolId = r.SchoolId, Action = action, ActorId = actor, Before = before, After = deleted ? null : Snapshot(r),
    };
}
