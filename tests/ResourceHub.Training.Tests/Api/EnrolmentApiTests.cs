using System.Net;
using ResourceHub.Testing;
using Xunit;

namespace ResourceHub.Training.Tests.Api;

public abstract class EnrolmentApiTests(SiteFixture site)
{
    [Fact]
    public async Task Enrol_PastCapacity_IsRefusedAndTheWaitingListMovesUp()
    {
        var admin = await site.AdminAsync();
        var programme = await Trainings.ProgrammeAsync(admin, capacity: 1);
        var (_, people) = await Trainings.SchoolAsync(site, admin, "Teacher", "Teacher");
        var (first, second) = (people[0], people[1]);

        var place = await first.EnrolledAsync(programme);
        Assert.Equal("Enrolled", place["status"]!.GetValue<string>());
        var refused = await ApiClient.ExpectProblemAsync(await second.EnrolAsync(programme), HttpStatusCode.Conflict);
        Assert.Contains("名额已满", refused["detail"]!.GetValue<string>());

        var waiting = await second.EnrolledAsync(programme, new { waitingList = true });
        Assert.Equal("Waiting", waiting["status"]!.GetValue<string>());
        await ApiClient.ExpectAsync(await first.PostAsync($"/api/v1/training/enrolments/{place["id"]}/withdraw", new { }), HttpStatusCode.OK);
        var moved = await ApiClient.ExpectAsync(await second.GetAsync($"/api/v1/training/enrolments/{waiting["id"]}"), HttpStatusCode.OK);
        Assert.Equal("Enrolled", moved["status"]!.GetValue<string>());
        // The place is taken again: coming back is refused like anyone else's enrolment.
        await ApiClient.ExpectProblemAsync(await first.EnrolAsync(programme), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Enrol_AfterTheEnd_IsRefused()
    {
        var admin = await site.AdminAsync();
        var programme = await Trainings.ProgrammeAsync(admin, start: Trainings.Today.AddDays(-20), end: Trainings.Today.AddDays(-1));
        var (_, people) = await Trainings.SchoolAsync(site, admin, "Teacher");
        var refused = await ApiClient.ExpectProblemAsync(await people[0].EnrolAsync(programme), HttpStatusCode.Conflict);
        Assert.Contains("结束", refused["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Progress_OfATeacher_IsInvisibleToOtherSchools()
    {
        var admin = await site.AdminAsync();
        var programme = await Trainings.ProgrammeAsync(admin);
        var unit = await admin.UnitAsync(programme, new { kind = "Session", title = "开班直播", sessionAt = DateTimeOffset.UtcNow.AddDays(1), place = "https://meeting.example.cn/1" });
        var (_, ours) = await Trainings.SchoolAsync(site, admin, "Teacher", "SchoolAdmin");
        var (_, theirs) = await Trainings.SchoolAsync(site, admin, "Teacher", "SchoolAdmin");
        var enrolment = (await ours[0].EnrolledAsync(programme))["id"]!.GetValue<Guid>();
        await theirs[0].EnrolledAsync(programme);

        await ApiClient.ExpectAsync(await ours[0].GetAsync($"/api/v1/training/enrolments/{enrolment}"), HttpStatusCode.OK);
        await ApiClient.ExpectProblemAsync(await theirs[0].GetAsync($"/api/v1/training/enrolments/{enrolment}"), HttpStatusCode.NotFound);
        await ApiClient.ExpectProblemAsync(await theirs[1].GetAsync($"/api/v1/training/enrolments/{enrolment}"), HttpStatusCode.NotFound);
        await ApiClient.ExpectProblemAsync(await theirs[0].GetAsync($"/api/v1/training/programmes/{programme}/participants"), HttpStatusCode.Forbidden);
        await ApiClient.ExpectProblemAsync(await theirs[0].PostAsync($"/api/v1/training/enrolments/{enrolment}/units/{unit}/mark", new { passed = true }), HttpStatusCode.NotFound);

        // A school administrator sees their own teachers' rows only; the organiser sees everyone.
        var theirRows = await ApiClient.ExpectAsync(await theirs[1].GetAsync($"/api/v1/training/programmes/{programme}/participants"), HttpStatusCode.OK);
        Assert.DoesNotContain(theirRows.AsArray(), r => r!["id"]!.GetValue<Guid>() == enrolment);
        Assert.Single(theirRows.AsArray());
        var ourRows = await ApiClient.ExpectAsync(await ours[1].GetAsync($"/api/v1/training/programmes/{programme}/participants"), HttpStatusCode.OK);
        Assert.Contains(ourRows.AsArray(), r => r!["id"]!.GetValue<Guid>() == enrolment);
        var all = await ApiClient.ExpectAsync(await admin.GetAsync($"/api/v1/training/programmes/{programme}/participants"), HttpStatusCode.OK);
        Assert.Equal(2, all.AsArray().Count);

        // The teachers' own pages show nothing of the other school's teacher either.
        var page = await (await theirs[0].Http.GetAsync("/training/my")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(enrolment.ToString(), page);
    }

    [Fact]
    public async Task Enrol_ByTheSchool_OnlyItsOwnTeachers()
    {
        var admin = await site.AdminAsync();
        var programme = await Trainings.ProgrammeAsync(admin);
        var (school, ours) = await Trainings.SchoolAsync(site, admin, "SchoolAdmin");
        var (other, _) = await Trainings.SchoolAsync(site, admin);
        var (teacherName, _) = await admin.CreateUserAsync(school, "Teacher");
        var (strangerName, _) = await admin.CreateUserAsync(other, "Teacher");
        var users = await ApiClient.ExpectAsync(await admin.GetAsync("/api/v1/users"), HttpStatusCode.OK);
        Guid IdOf(string name) => users.AsArray().Single(u => u!["userName"]!.GetValue<string>() == name)!["id"]!.GetValue<Guid>();

        var enrolled = await ours[0].EnrolledAsync(programme, new { userId = IdOf(teacherName) });
        Assert.Equal(IdOf(teacherName), enrolled["userId"]!.GetValue<Guid>());
        await ApiClient.ExpectProblemAsync(await ours[0].EnrolAsync(programme, new { userId = IdOf(strangerName) }), HttpStatusCode.Forbidden);
    }
}

public sealed class EnrolmentApiTests_Sqlite(SqliteSite site) : EnrolmentApiTests(site), IClassFixture<SqliteSite>;

public sealed class EnrolmentApiTests_PostgreSql(PostgreSqlSite site) : EnrolmentApiTests(site), IClassFixture<PostgreSqlSite>;
