namespace Azora.Lms.Domain;

/// <summary>A gradebook category of a course: its share of the grade and how many of its lowest scores are dropped.</summary>
internal sealed class GradeCategory
{
    public Guid CourseId { get; set; }
    public required string Name { get; set; }

    /// <summary>Percent of the course grade; a course's weights sum to 100.</summary>
    public decimal Weight { get; set; }

    public int DropLowest { get; set; }
}
