using System.Text;
using ResourceHub.Resources;

namespace ResourceHub.Bench.Search;

/// <summary>A generated 技工院校 package: metadata and a few KB of body text.</summary>
public sealed record BenchPackage(PackageView Package, string SpecialtyName, string Body);

/// <summary>
/// Deterministic packages from a vocabulary of 技工院校 teaching: specialties, typical work
/// tasks, tools, faults and codes (G71, P0171, VLAN), strung into sentences as work pages,
/// textbooks and case libraries read.
/// </summary>
public sealed class CorpusGenerator(int seed = 20261123)
{
    private static readonly (string Code, string Name)[] Specialties =
    [
        ("0101", "机床切削加工（车工）"), ("0102", "数控加工"), ("0103", "数控机床装配与维修"), ("0104", "机械设备装配与自动控制"),
        ("0106", "焊接加工"), ("0201", "电气自动化设备安装与维修"), ("0301", "计算机网络应用"), ("0401", "汽车维修"),
        ("0402", "汽车钣金与涂装"), ("0403", "新能源汽车检测与维修"), ("0404", "汽车营销"),
    ];

    private static readonly string[] Tasks =
    [
        "阶梯轴的数控车削加工", "减速机的拆装与检修", "低压配电柜的安装与调试", "钢结构件的焊接", "发动机怠速不稳故障诊断",
        "交换机VLAN划分与配置", "PLC控制电动机正反转", "液压系统故障排除", "汽车制动系统检修", "动力电池包的检测",
        "数控铣床的对刀与找正", "螺纹的车削加工", "车身钣金修复", "变频器参数设置", "工业机器人示教编程",
        "路由器静态路由配置", "空调制冷系统检修", "轴承的更换与调整", "焊接接头的质量检验", "电梯门机系统调试",
    ];

    private static readonly string[] Tools =
    [
        "游标卡尺", "千分尺", "万用表", "示波器", "扭力扳手", "百分表", "焊机", "角磨机", "诊断仪", "兆欧表",
        "钳形电流表", "内径量表", "对刀仪", "压力表", "绝缘手套", "台虎钳", "攻丝扳手", "剥线钳",
    ];

    private static readonly string[] Codes =
    [
        "G71", "G70", "G76", "G02", "M03", "M98", "P0171", "P0300", "U0100", "VLAN", "OSPF", "PLC", "S7-1200",
        "CAN", "OBD", "TIG", "MIG", "CO2", "6S", "IP67", "M8", "Ra3.2", "IT7", "AC380V",
    ];

    private static readonly string[] Faults =
    [
        "异响", "过热", "漏油", "振动过大", "怠速不稳", "无法启动", "报警", "跳闸", "焊缝气孔", "尺寸超差", "表面粗糙", "通信中断",
    ];

    private static readonly string[] Parts =
    [
        "减速机", "主轴", "刀架", "尾座", "齿轮", "轴承", "电动机", "接触器", "继电器", "变频器", "传感器", "液压泵",
        "制动钳", "节气门", "喷油器", "交换机", "路由器", "焊枪", "工件", "夹具",
    ];

    private static readonly string[] Templates =
    [
        "学生按照{task}的工作流程，使用{tool}检查{part}，记录检测数据并填写工作页。",
        "{part}出现{fault}时，应先断电停机，再用{tool}逐项排查，必要时更换{part}。",
        "在{task}中，教师示范{code}指令的用法，学生分组完成练习并互评。",
        "本学习任务对接企业真实岗位，要求学生独立完成{task}，并能说明{code}的含义。",
        "安全要求：操作{tool}前必须佩戴防护用品，工作结束后按6S要求整理现场。",
        "评价标准：{part}装配正确，{tool}使用规范，无{fault}现象，记录完整。",
        "故障码{code}表示{part}工作异常，常见原因是{fault}，检修时应参照维修手册。",
        "通过{task}，学生掌握{part}的结构与工作原理，能够正确使用{tool}和{code}相关功能。",
    ];

    private static readonly string[] Forms = ["工作页", "活页式教材", "教学课件", "案例集", "实训指导书", "微课脚本"];

    private readonly Random _random = new(seed);

    public IEnumerable<BenchPackage> Generate(int count, Guid[] schools)
    {
        for (var i = 0; i < count; i++)
        {
            var (code, name) = Pick(Specialties);
            var task = Pick(Tasks);
            var type = (ResourceType)_random.Next(5);
            // Nine in ten are published; the rest are drafts only their school finds.
            var published = _random.Next(10) > 0;
            var package = new PackageView(
                Guid.CreateVersion7(), schools[_random.Next(schools.Length)], Guid.Empty,
                published ? PackageViewKind.Published : PackageViewKind.Working, 1,
                published ? PackageStatus.Published : PackageStatus.Draft, published ? 1 : null,
                $"{task}{Pick(Forms)}（{Pick(Codes)}）", Sentence(task) + Sentence(task), code, task, null, null,
                type, type == ResourceType.Textbook ? (TextbookForm)_random.Next(4) : null, null,
                [Pick(Parts), Pick(Tools)], [], "共建共享", _random.Next(0, 5000),
                DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddMinutes(-_random.Next(0, 500_000)), []);
            yield return new BenchPackage(package, name, Body(task));
        }
    }

    /// <summary>About 700–1,100 Han characters: 2–3.5 KB of UTF-8, a few pages of a work page.</summary>
    private string Body(string task)
    {
        var body = new StringBuilder();
        var target = _random.Next(700, 1100);
        while (body.Length < target)
        {
            body.Append(Sentence(_random.Next(3) == 0 ? Pick(Tasks) : task));
        }
        return body.ToString();
    }

    private string Sentence(string task) => Pick(Templates)
        .Replace("{task}", task).Replace("{tool}", Pick(Tools)).Replace("{part}", Pick(Parts))
        .Replace("{fault}", Pick(Faults)).Replace("{code}", Pick(Codes));

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
