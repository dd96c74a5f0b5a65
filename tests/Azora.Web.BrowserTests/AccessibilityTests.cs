using Azora.Contracts;
using Azora.Seeding;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Azora.Web.BrowserTests;

/// <summary>
/// axe (WCAG 2.0, 2.1 and 2.2, levels A and AA) on the portal's main pages, and session-service's sign-in page, at a
/// desktop and at a phone's width (390×844), where no page may scroll sideways. Every violation is listed in the failure.
/// </summary>
[Collection(PortalPlatform.Collection)]
public sealed class AccessibilityTests(PortalPlatform portal)
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_main_pages_have_no_accessibility_violations_and_fit_the_screen(bool phone)
    {
        var shots = new Screenshots(phone ? "accessibility-phone" : "accessibility-desktop");
        var findings = new List<string>();
        var instructor = await portal.ProvisionAsync(Roles.Instructor, Roles.Learner);
        var course = await CourseAuthoring.PublishAsync(instructor, $"Accessible science {CourseAuthoring.Marker()}");
        var priced = await CourseAuthoring.PublishAsync(instructor, $"Accessible paid science {CourseAuthoring.Marker()}", priceMinor: 9_900);
        var programId = await CreateProgramAsync(instructor, course.CourseId);

        async Task CheckAsync(IPage page, string name)
        {
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
            Assert.NotEmpty(result.Passes);
            foreach (var violation in result.Violations)
            {
                foreach (var node in violation.Nodes)
                {
                    findings.Add($"{name} ({page.Url}): {violation.Id} [{violation.Impact}] {violation.Help} at {node.Target}: {node.Html}");
                }
            }
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            var (scrollWidth, innerWidth) = (widths[0], widths[1]);
            if (scrollWidth > innerWidth)
            {
                findings.Add($"{name} ({page.Url}): scrolls sideways ({scrollWidth}px wide in a {innerWidth}px window)");
            }
            await shots.TakeAsync(page, name);
        }

        var visitor = await portal.NewPageAsync(phone);
        await visitor.GotoAsync("/");
        await CheckAsync(visitor, "home");
        await visitor.GotoAsync("/catalog?q=science");
        await CheckAsync(visitor, "catalog-search");
        await Pages.ReloadUntilAsync(visitor, $"/courses/{course.CourseId}", visitor.GetByRole(AriaRole.Heading, new() { Name = course.Title }), Patience);
        await CheckAsync(visitor, "course");
        await visitor.GotoAsync($"/programs/{programId}");
        await CheckAsync(visitor, "program");
        await visitor.GotoAsync("/verify");
        await CheckAsync(visitor, "verification");
        await visitor.GotoAsync("/signup");
        await CheckAsync(visitor, "sign-up");
        await visitor.GotoAsync("/signin?returnUrl=%2Fdashboard");
        await Pages.Expect(visitor.GetByLabel("Password"));
        await CheckAsync(visitor, "session-service-sign-in");

        var learner = await portal.ProvisionAsync(Roles.Learner);
        await learner.Api.PostAsync($"/azora-lms/api/courses/{course.CourseId}/enrollments", null, default);
        var page = await portal.NewPageAsync(phone);
        await Pages.SignInAsync(page, learner, "/dashboard", "My learning");
        await CheckAsync(page, "dashboard");
        await page.GotoAsync($"/learn/{course.CourseId}");
        await page.GetByRole(AriaRole.Link, new() { Name = CourseAuthoring.Lessons[0], Exact = true }).ClickAsync();
        await CheckAsync(page, "lesson-player");
        await page.GotoAsync($"/learn/{course.CourseId}/quizzes/{course.QuizId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the quiz" }).ClickAsync();
        await Assertions.Expect(page.Locator(".live-attempt")).ToHaveAttributeAsync("data-live", "true");
        await CheckAsync(page, "quiz-attempt");
        await page.GotoAsync("/wallet");
        await CheckAsync(page, "wallet");
        await page.GotoAsync("/account/security");
        await CheckAsync(page, "account-security");
        await Pages.ReloadUntilAsync(page, $"/checkout/{priced.CourseId}", page.GetByLabel("Card number"), Patience);
        await CheckAsync(page, "checkout");

        var guardian = await portal.NewPageAsync(phone);
        await Pages.SignInAsync(guardian, await portal.ProvisionAsync(Roles.Guardian), "/guardian", "My learners");
        await CheckAsync(guardian, "guardian");

        var operatorPage = await portal.NewPageAsync(phone);
        await Pages.SignInAsync(operatorPage, await portal.ProvisionAsync(Roles.PlatformAdmin), "/operator", "Services and health");
        await CheckAsync(operatorPage, "operator");

        var studio = await portal.NewPageAsync(phone);
        await Pages.SignInAsync(studio, instructor, "/studio", "Studio");
        await CheckAsync(studio, "studio-home");
        await studio.GotoAsync($"/studio/courses/{course.CourseId}");
        await CheckAsync(studio, "studio-course-editor");

        Assert.True(findings.Count == 0, $"{findings.Count} accessibility findings:{Environment.NewLine}{string.Join(Environment.NewLine, findings)}");
    }

    /// <summary>A program of the course, once azora-education lists the course (its publication arrives as an event).</summary>
    private static async Task<Guid> CreateProgramAsync(Member instructor, Guid courseId)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                var program = await instructor.Api.PostAsync("/azora-education/api/programs",
                    new { title = "Science pathway", summary = "Everyday science, step by step.", kind = "pathway", courseIds = new[] { courseId } }, default);
                return program.GetProperty("id").GetGuid();
            }
            catch (SeedException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(500);
            }
        }
    }
}
