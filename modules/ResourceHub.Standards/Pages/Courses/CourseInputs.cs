using ResourceHub.Standards.Endpoints;

namespace ResourceHub.Standards.Pages.Courses;

/// <summary>The course form: the API's <see cref="CurriculumEndpoints.CourseRequest"/>, kept as typed.</summary>
public sealed class CourseInput
{
    public string? SpecialtyCode { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public int? Hours { get; set; }

    public CurriculumEndpoints.CourseRequest ToRequest() => new(SpecialtyCode, Name, Description, Hours);
}

/// <summary>The learning-task form: the API's <see cref="CurriculumEndpoints.TaskRequest"/>, kept as typed.</summary>
public sealed class TaskInput
{
    public string? Name { get; set; }
    public string? WorkTask { get; set; }
    public int? Hours { get; set; }

    public CurriculumEndpoints.TaskRequest ToRequest() => new(Name, WorkTask, Hours);
}
