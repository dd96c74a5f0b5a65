using System.Text.RegularExpressions;

namespace Azora.Lms.Domain;

/// <summary>A course's description as an instructor writes it, with the rules it must meet before it is saved.</summary>
internal sealed partial record CourseDetails(
    string Title,
    string Summary,
    string Subject,
    string Level,
    string Language,
    long PriceMinor,
    string Currency,
    IReadOnlyList<string> Skills,
    IReadOnlyList<Guid> PrerequisiteIds,
    decimal MinimumGrade)
{
    public const long MaxPriceMinor = 100_000_000_00;

    /// <summary>What is wrong, by field as the client names it; empty when the details may be saved.</summary>
    public Dictionary<string, string[]> Problems(Guid? courseId)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Text(problems, "title", Title, Course.TitleMaxLength, required: true);
        Text(problems, "summary", Summary, Course.SummaryMaxLength, required: false);
        Text(problems, "subject", Subject, Course.SubjectMaxLength, required: true);
        Text(problems, "level", Level, Course.LevelMaxLength, required: true);
        if (!LanguageTag().IsMatch(Language))
        {
            problems["language"] = ["The language is a BCP 47 tag such as en or pt-BR."];
        }
        if (PriceMinor is < 0 or > MaxPriceMinor)
        {
            problems["priceMinor"] = [$"The price is 0 (free) to {MaxPriceMinor} minor units."];
        }
        if (!CurrencyCodes.IsKnown(Currency))
        {
            problems["currency"] = ["The currency is an ISO 4217 code such as ZAR or USD."];
        }
        if (Skills.Count > Course.MaxSkills || Skills.Any(s => string.IsNullOrWhiteSpace(s) || s.Trim().Length > Course.SkillMaxLength))
        {
            problems["skills"] = [$"At most {Course.MaxSkills} skills, each 1 to {Course.SkillMaxLength} characters."];
        }
        if (PrerequisiteIds.Count > Course.MaxPrerequisites || PrerequisiteIds.Distinct().Count() != PrerequisiteIds.Count
            || (courseId is { } self && PrerequisiteIds.Contains(self)))
        {
            problems["prerequisites"] = [$"At most {Course.MaxPrerequisites} other courses, each named once."];
        }
        if (MinimumGrade is < 0 or > 100)
        {
            problems["minimumGrade"] = ["The minimum grade is a percentage from 0 to 100."];
        }
        return problems;
    }

    private static void Text(Dictionary<string, string[]> problems, string field, string value, int maxLength, bool required)
    {
        var length = value.Trim().Length;
        if ((required && length == 0) || length > maxLength)
        {
            problems[field] = [required ? $"The {field} has 1 to {maxLength} characters." : $"The {field} has at most {maxLength} characters."];
        }
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
