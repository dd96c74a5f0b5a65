using Azora.Contracts;
using Microsoft.Playwright;

namespace Azora.Web.BrowserTests;

/// <summary>
/// An instructor builds and publishes a course with a quiz entirely in the studio; a guardian sees the learner who
/// accepted them and nobody else. Screenshots of every step are kept.
/// </summary>
[Collection(PortalPlatform.Collection)]
public sealed class StudioAndGuardianJourneyTests(PortalPlatform portal)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task An_instructor_builds_a_course_with_a_reading_and_a_quiz_in_the_studio_and_publishes_it_to_the_catalog()
    {
        var instructor = await portal.ProvisionAsync(Roles.Instructor);
        var marker = CourseAuthoring.Marker();
        var shots = new Screenshots("instructor-studio");
        var page = await portal.NewPageAsync();
        await Pages.SignInAsync(page, instructor, "/studio", "Studio");
        await shots.TakeAsync(page, "studio");

        await page.GetByRole(AriaRole.Link, new() { Name = "Question bank and quizzes" }).ClickAsync();
        foreach (var (text, choices, correct) in CourseAuthoring.Questions.Take(2))
        {
            await page.GetByLabel("Question", new() { Exact = true }).FillAsync(text);
            for (var i = 0; i < choices.Length; i++)
            {
                await page.GetByLabel($"Choice {i + 1}", new() { Exact = true }).FillAsync(choices[i]);
            }
            await page.GetByLabel($"Choice {correct + 1} is right").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Add question" }).ClickAsync();
            await Pages.Expect(page.GetByText("Question added to your bank."));
        }
        await page.GetByLabel("Quiz title").FillAsync($"Quiz {marker}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create quiz" }).ClickAsync();
        await Pages.Expect(page.Locator("#questions-error"));
        await shots.TakeAsync(page, "quiz-refused-without-questions");

        await page.GetByLabel("Quiz title").FillAsync($"Quiz {marker}");
        foreach (var (text, _, _) in CourseAuthoring.Questions.Take(2))
        {
            await page.GetByLabel(text).CheckAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Create quiz" }).ClickAsync();
        await Pages.Expect(page.GetByText($"Quiz “Quiz {marker}” created."));
        await shots.TakeAsync(page, "quiz-created");

        await page.GetByRole(AriaRole.Link, new() { Name = "← Studio" }).ClickAsync();
        await page.GetByLabel("Title").FillAsync($"Studio course {marker}");
        await page.GetByLabel("Summary").FillAsync("Built in the portal's studio.");
        await page.GetByLabel("Subject").FillAsync("Science");
        await page.GetByLabel("Skills (comma-separated)").FillAsync("science, astronomy");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create course" }).ClickAsync();
        await Pages.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Studio course {marker}" }));

        await page.GetByLabel("New module").FillAsync("Getting started");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add module" }).ClickAsync();
        await page.GetByLabel("Lesson title").FillAsync("Our sun");
        await page.GetByLabel("Lesson text (Markdown), for a reading").FillAsync("# Our sun\n\nThe sun is a star.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add lesson" }).ClickAsync();
        await Pages.Expect(page.GetByText("Lesson “Our sun” added."));
        await page.GetByLabel("Lesson title").FillAsync("Check yourself");
        await page.GetByLabel("Quiz", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Quiz, for a quiz lesson").SelectOptionAsync(new SelectOptionValue { Label = $"Quiz {marker}" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add lesson" }).ClickAsync();
        await Pages.Expect(page.GetByText("Lesson “Check yourself” added."));
        await shots.TakeAsync(page, "course-built");

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish the course" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("course-status")).ToHaveTextAsync("published");
        await shots.TakeAsync(page, "course-published");

        await Pages.ReloadUntilAsync(page, $"/catalog?q={marker}", page.GetByRole(AriaRole.Link, new() { Name = $"Studio course {marker}" }), Patience);
        await shots.TakeAsync(page, "in-the-catalog");
    }

    [Fact]
    public async Task A_guardian_sees_the_learner_who_accepted_them_and_not_one_who_did_not()
    {
        var instructor = await portal.ProvisionAsync(Roles.Instructor, Roles.Learner);
        var course = await CourseAuthoring.PublishAsync(instructor, $"Everyday science {CourseAuthoring.Marker()}");
        var consenting = await portal.ProvisionAsync(Roles.Learner);
        var other = await portal.ProvisionAsync(Roles.Learner);
        await consenting.Api.PostAsync($"/azora-lms/api/courses/{course.CourseId}/enrollments", null, default);
        await other.Api.PostAsync($"/azora-lms/api/courses/{course.CourseId}/enrollments", null, default);
        var guardian = await portal.ProvisionAsync(Roles.Guardian);
        await guardian.Api.PostAsync("/azora-education/api/guardians/invitations", new { learnerId = consenting.AccountId }, default);
        await guardian.Api.PostAsync("/azora-education/api/guardians/invitations", new { learnerId = other.AccountId }, default);
        var shots = new Screenshots("guardian");

        var learnerPage = await portal.NewPageAsync(phone: true);
        await Pages.SignInAsync(learnerPage, consenting, "/account/guardians", "My guardians");
        await shots.TakeAsync(learnerPage, "learner-is-asked");
        await learnerPage.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Pages.Expect(learnerPage.GetByText("You accepted the guardian."));
        await shots.TakeAsync(learnerPage, "learner-accepted");

        var page = await portal.NewPageAsync();
        await Pages.SignInAsync(page, guardian, "/guardian", "My learners");
        var consentingLink = page.GetByRole(AriaRole.Link, new() { Name = $"Learner {consenting.AccountId.ToString("N")[^8..]}" });
        await Pages.Expect(consentingLink);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = $"Learner {other.AccountId.ToString("N")[^8..]}" }).CountAsync());
        await shots.TakeAsync(page, "guardian-learners");

        await consentingLink.ClickAsync();
        await Pages.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = course.Title }));
        await shots.TakeAsync(page, "guardian-sees-progress");

        var refused = await page.GotoAsync($"/guardian/learners/{other.AccountId}");
        Assert.Equal(404, refused!.Status);
        Assert.DoesNotContain(course.Title, await page.ContentAsync(), StringComparison.Ordinal);
        await shots.TakeAsync(page, "guardian-refused-other-learner");
    }
}
