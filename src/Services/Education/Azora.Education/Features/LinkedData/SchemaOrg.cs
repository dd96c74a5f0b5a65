using System.Globalization;
using System.Text.Json.Nodes;
using Azora.Education.Domain;

namespace Azora.Education.Features.LinkedData;

/// <summary>
/// schema.org descriptions of catalog courses (<c>Course</c> with its runs as <c>CourseInstance</c>s) and programs
/// (<c>EducationalOccupationalProgram</c>), as search engines and other catalogs read them.
/// </summary>
internal static class SchemaOrg
{
    public const string ProviderName = "Azora";

    public static JsonObject Course(CatalogCourse course, IReadOnlyList<CourseRun> runs)
    {
        var document = CourseNode(course);
        document["hasCourseInstance"] = JsonLd.Array(runs.Select(CourseInstance));
        return WithContext(document);
    }

    public static JsonObject Program(LearningProgram program, IReadOnlyList<CatalogCourse> courses, IReadOnlyList<LearningProgram> prerequisites) =>
        WithContext(JsonLd.Node(
            "EducationalOccupationalProgram",
            ("identifier", program.Id.ToString()),
            ("name", program.Title),
            ("description", program.Summary),
            ("programType", WireNames.Of(program.Kind)),
            ("provider", Provider()),
            ("educationalCredentialAwarded", JsonLd.Node("EducationalOccupationalCredential",
                ("name", program.CredentialAwarded),
                ("credentialCategory", WireNames.Of(program.Kind)))),
            ("hasCourse", JsonLd.Array(courses.Select(CourseNode))),
            ("programPrerequisites", prerequisites.Count == 0
                ? null
                : JsonLd.Array(prerequisites.Select(p => JsonLd.Node("EducationalOccupationalCredential",
                    ("name", p.CredentialAwarded),
                    ("identifier", p.Id.ToString()))))),
            ("offers", Offer(program.PriceMinor, program.Currency))));

    private static JsonObject CourseNode(CatalogCourse course) => JsonLd.Node(
        "Course",
        ("identifier", course.CourseId.ToString()),
        ("courseCode", CourseCode(course.CourseId)),
        ("name", course.Title),
        ("description", course.Summary),
        ("about", course.Subject.Length > 0 ? course.Subject : null),
        ("inLanguage", course.Language),
        ("educationalLevel", course.Level),
        ("teaches", JsonLd.Array(course.Skills.Select(s => s.Name).Order(StringComparer.Ordinal).Select(s => (JsonNode?)JsonValue.Create(s)))),
        ("provider", Provider()),
        ("offers", Offer(course.PriceMinor, course.Currency)));

    private static JsonObject CourseInstance(CourseRun run) => JsonLd.Node(
        "CourseInstance",
        ("identifier", run.Id.ToString()),
        ("courseMode", JsonLd.Array([JsonValue.Create("online"), JsonValue.Create(WireNames.Of(run.Pacing))])),
        ("startDate", run.StartsAt.ToString("O", CultureInfo.InvariantCulture)),
        ("endDate", run.EndsAt?.ToString("O", CultureInfo.InvariantCulture)),
        ("maximumAttendeeCapacity", run.Seats));

    private static JsonObject Offer(long priceMinor, string currency) => JsonLd.Node(
        "Offer",
        ("price", Price.InMajorUnits(priceMinor, currency)),
        ("priceCurrency", currency),
        ("category", priceMinor == 0 ? "Free" : "Paid"));

    private static JsonObject Provider() => JsonLd.Node("Organization", ("name", ProviderName));

    /// <summary>A short, stable code for a course: the last twelve hex digits of its id, which vary fastest in version 7 ids.</summary>
    public static string CourseCode(Guid courseId) => "AZ-" + courseId.ToString("N")[^12..].ToUpperInvariant();

    private static JsonObject WithContext(JsonObject document)
    {
        var withContext = new JsonObject { ["@context"] = JsonLd.Context };
        foreach (var (name, value) in document.ToList())
        {
            document.Remove(name);
            withContext[name] = value;
        }
        return withContext;
    }
}
