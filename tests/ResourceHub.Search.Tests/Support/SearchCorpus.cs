using System.Net;
using ResourceHub.Testing;

namespace ResourceHub.Search.Tests.Support;

/// <summary>Two schools, their teachers, three published packages and one draft each: what the API tests search.</summary>
public sealed record SearchCorpus(
    ApiClient Anonymous, ApiClient Admin, ApiClient TeacherA, ApiClient TeacherB, Guid SchoolA, Guid SchoolB,
    Guid Lathe, Guid Welding, Guid Network, Guid DraftA, Guid DraftB)
{
    public const string WeldingText =
        "第一章 焊接安全。" + "焊工应穿戴防护用品，检查焊机接地。" +
        "第十二页 设备维护：减速机运行中出现异响时，应停机检查轴承与齿轮啮合。故障码P0171表示混合气过稀。";

    public static async Task<SearchCorpus> CreateAsync(SearchNode node)
    {
        var admin = await node.AdminAsync();
        var schoolA = await admin.CreateSchoolAsync();
        var schoolB = await admin.CreateSchoolAsync();
        var (userA, passwordA) = await admin.CreateUserAsync(schoolA, "Teacher");
        var (userB, passwordB) = await admin.CreateUserAsync(schoolB, "Teacher");
        var teacherA = await node.Api().SignInAsync(userA, passwordA);
        var teacherB = await node.Api().SignInAsync(userB, passwordB);

        var lathe = await CreateAsync(teacherA, "数控车床G71粗车循环编程", "学习任务：阶梯轴的粗加工。", "0102", "WorkPage", null, ["数控", "车削"]);
        var welding = await CreateAsync(teacherA, "钢结构焊接工艺", "活页式教材，适用于焊接加工专业。", "0106", "Textbook", "LooseLeaf", ["焊接"]);
        var network = await CreateAsync(teacherB, "交换机VLAN划分与配置", "计算机网络应用专业教学课件。", "0301", "Courseware", null, []);
        var draftA = await CreateAsync(teacherA, "焊接安全操作规程（A校草稿）", "尚未提交。", "0106", "CaseLibrary", null, []);
        var draftB = await CreateAsync(teacherB, "焊接机器人编程（B校草稿）", "尚未提交。", "0106", "CaseLibrary", null, []);
        // The words of page 12 live only inside the uploaded file: found through its extracted text.
        await teacherA.UploadAsync(welding, "钢结构焊接工艺.txt", System.Text.Encoding.UTF8.GetBytes(WeldingText), "text/plain");
        await node.PublishAsync(teacherA, lathe);
        await node.PublishAsync(teacherA, welding);
        await node.PublishAsync(teacherB, network);
        var anonymous = node.Api();
        await SearchNode.SearchUntilAsync(admin, "q=", r => r["total"]!.GetValue<int>() == 5);
        await SearchNode.SearchUntilAsync(anonymous, "q=P0171", r => r["total"]!.GetValue<int>() == 1);
        await SearchNode.SearchUntilAsync(anonymous, "q=", r => r["total"]!.GetValue<int>() == 3);
        return new SearchCorpus(anonymous, admin, teacherA, teacherB, schoolA, schoolB, lathe, welding, network, draftA, draftB);
    }

    public static async Task<Guid> CreateAsync(ApiClient teacher, string title, string description, string specialtyCode, string resourceType, string? textbookForm, string[] tags)
    {
        var body = await ApiClient.ExpectAsync(
            await teacher.PostAsync("/api/v1/packages", new { title, description, specialtyCode, resourceType, textbookForm, tags }),
            HttpStatusCode.Created);
        return body["id"]!.GetValue<Guid>();
    }
}
