using System.Net;
using System.Text.RegularExpressions;
using Azora.Contracts;
using Microsoft.Playwright;

namespace Azora.Web.BrowserTests;

/// <summary>
/// The visitor's journey in Chromium against the whole platform: sign up, confirm the email, sign in through
/// session-service, find a course, enrol, complete its lessons, fail and then pass its quiz, see the credential in the
/// wallet, and open its public verification page with every check passing. A screenshot is kept of every step.
/// </summary>
[Collection(PortalPlatform.Collection)]
public sealed partial class VisitorJourneyTests(PortalPlatform portal)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_visitor_signs_up_learns_a_course_fails_then_passes_its_quiz_and_shows_a_verified_credential()
    {
        var instructor = await portal.ProvisionAsync(Roles.Instructor, Roles.Learner);
        var marker = CourseAuthoring.Marker();
        var course = await CourseAuthoring.PublishAsync(instructor, $"Everyday science {marker}");
        var shots = new Screenshots("visitor-journey");
        var page = await portal.NewPageAsync();
        var email = $"visitor-{Guid.NewGuid():N}@example.test";
        var password = $"Visitor-{Guid.NewGuid():N}";

        await page.GotoAsync("/");
        await Pages.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Learn, prove it, earn" }));
        await shots.TakeAsync(page, "home");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign up" }).ClickAsync();
        await page.GetByLabel("Your name").FillAsync("Lerato Dube");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Pages.Expect(page.Locator("#password-error"));
        await shots.TakeAsync(page, "sign-up-refused-next-to-the-field");

        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Pages.Expect(page.GetByText("We sent a confirmation link"));
        await shots.TakeAsync(page, "signed-up");

        var link = ConfirmationLink().Match(await portal.LatestMailAsync(email)).Value;
        await page.GotoAsync(link);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my email" }).ClickAsync();
        await Pages.Expect(page.GetByText("Your email is confirmed."));
        await shots.TakeAsync(page, "email-confirmed");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).First.ClickAsync();
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await shots.TakeAsync(page, "session-service-sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Pages.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My learning" }));
        await shots.TakeAsync(page, "dashboard-before");

        await page.GetByRole(AriaRole.Link, new() { Name = "Courses", Exact = true }).ClickAsync();
        await page.GetByLabel("Search").FillAsync(marker);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Pages.Expect(page.GetByText("1 course found"));
        await shots.TakeAsync(page, "catalog-search");

        await page.GetByRole(AriaRole.Link, new() { Name = course.Title }).ClickAsync();
        var jsonLd = await page.Locator("script[type='application/ld+json']").TextContentAsync();
        Assert.Contains("\"Course\"", jsonLd, StringComparison.Ordinal);
        await shots.TakeAsync(page, "course-page");

        await page.GetByRole(AriaRole.Button, new() { Name = "Enrol for free" }).ClickAsync();
        await Pages.Expect(page.GetByText("0 of 3 required lessons done"));
        await shots.TakeAsync(page, "enrolled");

        foreach (var lesson in CourseAuthoring.Lessons)
        {
            await page.GetByRole(AriaRole.Link, new() { Name = lesson, Exact = true }).ClickAsync();
            await Pages.Expect(page.GetByRole(AriaRole.Heading, new() { Name = lesson, Exact = true }).First);
            await page.GetByRole(AriaRole.Button, new() { Name = "Mark as complete" }).ClickAsync();
            await Pages.Expect(page.GetByText("You completed this lesson."));
            await shots.TakeAsync(page, $"lesson-{lesson.ToLowerInvariant().Replace(' ', '-')}-complete");
            await page.GetByRole(AriaRole.Link, new() { Name = $"← {course.Title}" }).ClickAsync();
        }
        await Pages.Expect(page.GetByText("2 of 3 required lessons done"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Check your understanding" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the quiz" }).ClickAsync();
        await LiveAsync(page);
        await AnswerAsync(page, correctly: false);
        // The live island saves the answers a moment after the last change, before anything is submitted.
        await AutosavedAsync(page);
        await shots.TakeAsync(page, "quiz-answered-wrongly-and-autosaved");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await Pages.Expect(page.GetByText("You did not pass this time"));
        await shots.TakeAsync(page, "quiz-failed");

        await page.GetByRole(AriaRole.Link, new() { Name = "Try again" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start a new attempt" }).ClickAsync();
        await LiveAsync(page);
        await AnswerAsync(page, correctly: true);
        await AutosavedAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await Pages.Expect(page.GetByText("You passed"));
        await shots.TakeAsync(page, "quiz-passed");

        await Pages.ReloadUntilAsync(page, "/wallet", page.GetByRole(AriaRole.Heading, new() { Name = course.Title }), Patience);
        await shots.TakeAsync(page, "wallet-with-credential");

        await page.GetByRole(AriaRole.Button, new() { Name = "Create a verification link" }).ClickAsync();
        await shots.TakeAsync(page, "share-link");
        var verification = await page.GetByTestId("verification-link").GetAttributeAsync("href");

        // The audit log's signed tree head over the issuance lets the verifier prove the credential was logged.
        var admin = await portal.ProvisionAsync(Roles.PlatformAdmin);
        var visitor = await portal.NewPageAsync(phone: true);
        await Pages.ReloadUntilAsync(visitor, verification!, visitor.Locator("tr[data-check='auditLog'] td.check-passed"), Patience,
            before: () => admin.Api.PostAsync("/audit-logging-service/api/log/tree-heads", null, default));
        await Pages.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "This credential is valid" }));
        Assert.Equal(0, await visitor.Locator("td.check-failed").CountAsync());
        await shots.TakeAsync(visitor, "public-verification-on-a-phone");

        await page.GotoAsync("/dashboard");
        await Pages.Expect(page.GetByText("Completed on"));
        await shots.TakeAsync(page, "dashboard-after");
    }

    [Fact]
    public async Task A_learner_cannot_open_operator_or_studio_pages_nor_another_learners_attempt_and_signing_out_ends_the_session()
    {
        var instructor = await portal.ProvisionAsync(Roles.Instructor, Roles.Learner);
        var course = await CourseAuthoring.PublishAsync(instructor, $"Everyday science {CourseAuthoring.Marker()}");
        var other = await portal.ProvisionAsync(Roles.Learner);
        await other.Api.PostAsync($"/azora-lms/api/courses/{course.CourseId}/enrollments", null, default);
        var othersAttempt = await other.Api.PostAsync($"/azora-assessment/api/quizzes/{course.QuizId}/attempts", null, default);
        var learner = await portal.ProvisionAsync(Roles.Learner);
        var shots = new Screenshots("refusals");
        var page = await portal.NewPageAsync();
        await Pages.SignInAsync(page, learner, "/dashboard", "My learning");

        var studioPage = await page.GotoAsync("/studio");
        Assert.Equal((int)HttpStatusCode.Forbidden, studioPage!.Status);

        var operatorPage = await page.GotoAsync("/operator");
        Assert.Equal((int)HttpStatusCode.Forbidden, operatorPage!.Status);
        await Pages.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This page is not for your account" }));
        await shots.TakeAsync(page, "operator-refused");

        var attemptPage = await page.GotoAsync($"/attempts/{othersAttempt.GetProperty("id").GetGuid()}");
        Assert.Equal((int)HttpStatusCode.NotFound, attemptPage!.Status);
        await Pages.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "We could not find that" }));
        Assert.DoesNotContain(CourseAuthoring.Questions[0].Text, await page.ContentAsync(), StringComparison.Ordinal);
        await shots.TakeAsync(page, "others-attempt-refused");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Pages.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }));
        var afterSignOut = await page.GotoAsync("/dashboard");
        Assert.Contains("/account/signin", afterSignOut!.Url, StringComparison.Ordinal);
        await shots.TakeAsync(page, "signed-out");
    }

    /// <summary>Waits until the attempt's island runs in its circuit: answers given before that are only posted with the form.</summary>
    private static Task LiveAsync(IPage page) =>
        Assertions.Expect(page.Locator(".live-attempt")).ToHaveAttributeAsync("data-live", "true");

    /// <summary>
    /// Waits until the island has saved every change (its status reads "Saved hh:mm UTC"); the island saves one request
    /// at a time and submit waits for a save on its way, so nothing races the submission.
    /// </summary>
    private static async Task AutosavedAsync(IPage page)
    {
        var status = page.Locator("#autosave-status");
        await Assertions.Expect(status).ToHaveAttributeAsync("data-state", "Saved");
        await Assertions.Expect(status).ToHaveTextAsync(SavedAt());
    }

    /// <summary>Picks each question's right choice, or the next one along when answering wrongly.</summary>
    private static async Task AnswerAsync(IPage page, bool correctly)
    {
        foreach (var (text, choices, correct) in CourseAuthoring.Questions)
        {
            var question = page.Locator("fieldset.question", new() { HasText = text });
            var choice = correctly ? correct : (correct + 1) % choices.Length;
            await question.GetByLabel(choices[choice], new() { Exact = true }).CheckAsync();
        }
    }

    [GeneratedRegex(@"^Saved \d\d:\d\d UTC$")]
    private static partial Regex SavedAt();

    [GeneratedRegex(@"http://\S+/account/verify-email\?\S+")]
    private static partial Regex ConfirmationLink();
}
