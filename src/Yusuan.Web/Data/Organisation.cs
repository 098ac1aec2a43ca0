namespace Yusuan.Web.Data;

/// <summary>A 财政 bureau's area: it reviews, approves and publishes the budgets of its departments.</summary>
public sealed class Region
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    /// <summary>The 财政局 that acts for the region, e.g. 某市财政局.</summary>
    public required string BureauName { get; set; }
    public List<Department> Departments { get; } = [];
}

/// <summary>A 主管部门: it gathers its units' budgets and forwards the department's to the bureau.</summary>
public sealed class Department
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public Region? Region { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public List<Unit> Units { get; } = [];
}

/// <summary>A 预算单位 of a department (行政, 参公 or 事业).</summary>
public sealed class Unit
{
    public int Id { get; set; }
    public int DepartmentId { get; set; }
    public Department? Department { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    /// <summary>行政 | 参公 | 事业, as the input format names them.</summary>
    public required string Type { get; set; }
}
