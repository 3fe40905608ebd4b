using System.Net;
using ResourceHub.Testing;

namespace ResourceHub.Reform.Tests.Api;

/// <summary>One region's data for the matrix: a school with its admin, a batch and an application with an attachment, a nomination, a training record and a teacher.</summary>
internal sealed record World(Guid School, string SchoolName, Guid Batch, Guid Application, Guid Attachment, Guid Nomination, Guid Training)
{
    public static async Task<World> CreateAsync(SiteFixture site, ApiClient admin, string region)
    {
        var name = Unique.Name(region + "技师学院");
        var school = await admin.CreateSchoolAsync(name, region: region);
        var schoolAdmin = await admin.UserAsync(site, school, "SchoolAdmin");
        var batch = await admin.CreateBatchAsync(region);
        var application = await Reform.IdOfAsync(await schoolAdmin.ApplyAsync(batch, school, await admin.CreateSpecialtyAsync()));
        var attachment = await Reform.IdOfAsync(await schoolAdmin.Http.PostAsync($"/api/v1/applications/{application}/attachments",
            new MultipartFormDataContent { { new ByteArrayContent("申报书"u8.ToArray()), "file", "申报书.txt" } }));
        var nomination = await Reform.IdOfAsync(await schoolAdmin.PostAsync("/api/v1/nominations", new { kind = "FineCourse", title = Unique.Name("精品课程"), specialtyCode = "0401" }));
        var training = await Reform.IdOfAsync(await schoolAdmin.PostAsync("/api/v1/training-records", TrainingBody(school, "一体化课程设计")));
        await ApiClient.ExpectAsync(await schoolAdmin.PostAsync("/api/v1/reform-teachers", TeacherBody(school)), HttpStatusCode.Created);
        return new World(school, name, batch, application, attachment, nomination, training);
    }

    public static object TrainingBody(Guid school, string course) =>
        new { teacherName = "王老师", schoolId = school, courseName = course, hours = 16, date = "2024-05-20", trainingBase = "自治区一体化师资研修基地" };

    public static object TeacherBody(Guid school) =>
        new { kind = "Integrated", name = "李老师", schoolId = school, specialtyCode = "0401", level = "Senior", from = "2023-09-01" };
}
