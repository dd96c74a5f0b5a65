using System.Text.Json;
using Azora.Contracts;

namespace Azora.Seeding;

/// <summary>What <c>azora seed demo</c> made, for its closing summary.</summary>
public sealed record DemoSeedSummary(int CoursesCreated, int CoursesFound, int ProgramsCreated, int ProgramsFound, IReadOnlyList<string> Accounts);

/// <summary>
/// Fills an empty platform with the demo catalog and one account per role, through the public APIs of the running
/// services; what exists already (found by title, by enrolment, by link) is left as it is.
/// </summary>
public sealed class DemoSeeder(DemoAccounts accounts)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(60);

    public async Task<DemoSeedSummary> SeedAsync(Action<string> report, CancellationToken cancellationToken)
    {
        var people = new Dictionary<string, ApiCaller>(StringComparer.Ordinal);
        foreach (var role in Roles.All)
        {
            people[role] = await accounts.SignInAsync(role, cancellationToken);
        }
        report($"{people.Count} demo accounts ready ({DemoAccounts.EmailOf("<role>")}).");
        var instructor = people[Roles.Instructor];
        var learner = people[Roles.Learner];

        var courseIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var created = 0;
        var authoring = new CourseAuthoring(instructor);
        foreach (var course in DemoCatalog.Courses)
        {
            if (await FindInCatalogAsync(learner, course.Title, cancellationToken) is { } existing)
            {
                courseIds[course.Title] = existing;
                continue;
            }
            courseIds[course.Title] = await authoring.PublishAsync(course, cancellationToken);
            created++;
            report($"Published {course.Title}.");
        }
        foreach (var course in DemoCatalog.Courses)
        {
            await Eventually.WaitForAsync($"{course.Title} in the catalog", () => FindInCatalogAsync(learner, course.Title, cancellationToken), EventTimeout, cancellationToken);
        }

        var programsCreated = await SeedProgramsAsync(instructor, courseIds, cancellationToken);

        var history = new LearnerHistory(learner);
        var completed = DemoCatalog.Courses.Single(c => c.Title == DemoCatalog.CompletedCourse);
        await history.CompleteAsync(courseIds[completed.Title], completed, cancellationToken);
        await history.StartAsync(courseIds[DemoCatalog.InProgressCourse], lessons: 1, cancellationToken);
        report($"The demo learner completed {DemoCatalog.CompletedCourse} and started {DemoCatalog.InProgressCourse}.");

        await LinkGuardianAsync(people[Roles.Guardian], learner, cancellationToken);
        await Eventually.WaitForAsync("the demo learner's credential", async () =>
        {
            var wallet = await learner.GetAsync("/azora-credentials/api/wallet", cancellationToken);
            return wallet.GetProperty("items").GetArrayLength() > 0 ? true : (bool?)null;
        }, EventTimeout, cancellationToken);
        report("The demo learner's credential is in their wallet.");

        return new DemoSeedSummary(created, DemoCatalog.Courses.Count - created, programsCreated, DemoCatalog.Programs.Count - programsCreated,
            [.. Roles.All.Select(DemoAccounts.EmailOf)]);
    }

    private static async Task<Guid?> FindInCatalogAsync(ApiCaller caller, string title, CancellationToken cancellationToken)
    {
        var page = await caller.GetAsync($"/azora-education/api/catalog?q={Uri.EscapeDataString(title)}&limit=100", cancellationToken);
        return page.GetProperty("items").EnumerateArray()
            .Where(item => item.GetProperty("title").GetString() == title)
            .Select(item => (Guid?)item.GetProperty("courseId").GetGuid())
            .FirstOrDefault();
    }

    private static async Task<int> SeedProgramsAsync(ApiCaller instructor, Dictionary<string, Guid> courseIds, CancellationToken cancellationToken)
    {
        var listed = await instructor.GetAsync("/azora-education/api/programs?limit=100", cancellationToken);
        var existing = listed.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("title").GetString()).ToHashSet(StringComparer.Ordinal);
        var created = 0;
        foreach (var program in DemoCatalog.Programs.Where(p => !existing.Contains(p.Title)))
        {
            await instructor.PostAsync("/azora-education/api/programs", new
            {
                title = program.Title,
                summary = program.Summary,
                kind = program.Kind,
                courseIds = program.CourseTitles.Select(t => courseIds[t]).ToArray(),
            }, cancellationToken);
            created++;
        }
        return created;
    }

    /// <summary>The demo guardian invites the demo learner, who consents; an existing link is kept.</summary>
    private static async Task LinkGuardianAsync(ApiCaller guardian, ApiCaller learner, CancellationToken cancellationToken)
    {
        var links = await learner.GetAsync("/azora-education/api/guardian-links", cancellationToken);
        var link = Items(links).FirstOrDefault(l => l.GetProperty("guardianId").GetGuid() == guardian.AccountId
            && l.GetProperty("status").GetString() is "pending" or "active");
        if (link.ValueKind == JsonValueKind.Undefined)
        {
            link = await guardian.PostAsync("/azora-education/api/guardians/invitations", new { learnerId = learner.AccountId }, cancellationToken);
        }
        if (link.GetProperty("status").GetString() == "pending")
        {
            await learner.PostAsync($"/azora-education/api/guardian-links/{link.GetProperty("id").GetGuid()}/accept", null, cancellationToken);
        }
    }

    private static IEnumerable<JsonElement> Items(JsonElement listing) =>
        listing.ValueKind == JsonValueKind.Array ? listing.EnumerateArray() : listing.GetProperty("items").EnumerateArray();
}
