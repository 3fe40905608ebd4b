namespace ResourceHub.Bench.Search;

/// <summary>The 24 queries a teacher of the corpus's specialties would type: words, codes, run-together and spaced.</summary>
public static class Queries
{
    public static readonly string[] All =
    [
        "焊", "焊接", "数控车床", "G71", "G71编程", "减速机异响", "减速机 异响", "P0171", "交换机VLAN", "变频器参数设置",
        "轴承", "液压系统故障", "PLC 电动机", "工业机器人示教编程", "游标卡尺", "安全 防护用品", "发动机怠速不稳", "动力电池包",
        "车身钣金修复", "S7-1200", "焊缝气孔", "对刀仪", "制动系统检修", "路由器静态路由",
    ];
}
