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
    public async Task An_instructor_builds_edits_and_publishes_a_course_with_a_quiz_then_grades_an_essay_and_reads_the_gradebook_and_item_analysis()
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

        // An essay, graded later with its rubric.
        await page.GetByLabel("Question type").SelectOptionAsync("essay");
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this type" }).ClickAsync();
        await page.GetByLabel("Question", new() { Exact = true }).FillAsync(CourseAuthoring.Essay);
        await page.GetByLabel("Criterion 1", new() { Exact = true }).FillAsync("Accuracy");
        foreach (var (level, title, points) in CourseAuthoring.EssayLevels)
        {
            await page.GetByLabel($"Criterion 1, level {level}", new() { Exact = true }).FillAsync(title);
            await page.GetByLabel($"Points for criterion 1, level {level}", new() { Exact = true }).FillAsync(points);
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Add question" }).ClickAsync();
        await Pages.Expect(page.GetByText("Question added to your bank."));
        await Pages.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Essay, graded with a rubric" }));
        await shots.TakeAsync(page, "essay-question-added");

        // Editing a question saves its next version.
        var first = CourseAuthoring.Questions[0].Text;
        await page.GetByRole(AriaRole.Link, new() { Name = $"Edit “{first}”" }).ClickAsync();
        await page.GetByLabel("Feedback learners see after answering (optional)").FillAsync("Mercury orbits closest to the sun.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as a new version" }).ClickAsync();
        await Pages.Expect(page.GetByText("Saved as version 2."));
        await shots.TakeAsync(page, "question-edited");

        await page.GetByRole(AriaRole.Link, new() { Name = "Question bank and quizzes" }).ClickAsync();
        await page.GetByLabel("Quiz title").FillAsync($"Quiz {marker}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create quiz" }).ClickAsync();
        await Pages.Expect(page.Locator("#questions-error"));
        await shots.TakeAsync(page, "quiz-refused-without-questions");

        await page.GetByLabel("Quiz title").FillAsync($"Quiz {marker}");
        foreach (var text in CourseAuthoring.Questions.Take(2).Select(q => q.Text).Append(CourseAuthoring.Essay))
        {
            await page.GetByRole(AriaRole.Checkbox, new() { Name = text }).CheckAsync();
        }
        await page.GetByLabel("Attempts allowed (empty for no limit)").FillAsync("3");
        await page.GetByLabel("Learners see their result").SelectOptionAsync("afterGrading");
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
        var courseUrl = page.Url;

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

        // Edits: a blank module title is refused beside the field, then the module is renamed and a lesson retitled.
        await page.GetByLabel("Rename module “Getting started”").FillAsync(" ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rename", Exact = true }).ClickAsync();
        await Pages.Expect(page.Locator("#title-error"));
        await shots.TakeAsync(page, "rename-refused");
        await page.GetByLabel("Rename module “Getting started”").FillAsync("First steps");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rename", Exact = true }).ClickAsync();
        await Pages.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "First steps" }));
        await page.GetByRole(AriaRole.Link, new() { Name = "Our sun" }).ClickAsync();
        await Pages.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Edit “Our sun”" }));
        await page.GetByLabel("Lesson title").FillAsync("Our star");
        await page.GetByLabel("Lesson text (Markdown), for a reading").FillAsync("# Our star\n\nThe sun is the star nearest to us.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save lesson" }).ClickAsync();
        await Pages.Expect(page.GetByText("Lesson “Our star” saved."));
        await shots.TakeAsync(page, "lesson-edited");

        await page.GotoAsync(courseUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish the course" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("course-status")).ToHaveTextAsync("published");
        await shots.TakeAsync(page, "course-published");

        await Pages.ReloadUntilAsync(page, $"/catalog?q={marker}", page.GetByRole(AriaRole.Link, new() { Name = $"Studio course {marker}" }), Patience);
        await shots.TakeAsync(page, "in-the-catalog");

        // A learner takes the quiz (through the API); the essay waits for the instructor.
        var courseId = Guid.Parse(new Uri(courseUrl).Segments[^1]);
        var learner = await portal.ProvisionAsync(Roles.Learner);
        var quizId = await CourseAuthoring.TakeQuizWithAnEssayAsync(learner, instructor, courseId);

        await page.GotoAsync(courseUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "Grading and item analysis of “Check yourself”" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Grading queue" }).ClickAsync();
        var grade = page.GetByRole(AriaRole.Link, new() { Name = $"of learner {learner.AccountId.ToString("N")[^8..]}" });
        await Pages.Expect(grade);
        await shots.TakeAsync(page, "grading-queue");
        await grade.ClickAsync();
        await page.GetByLabel("Right (2 points)", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Feedback for the learner (optional)").FillAsync("Clear and correct.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the grade" }).ClickAsync();
        await Pages.Expect(page.GetByRole(AriaRole.Status).GetByText("graded."));
        await shots.TakeAsync(page, "essay-graded");
        await page.GetByLabel("Partly right (1 point)", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Regrade" }).ClickAsync();
        await Pages.Expect(page.GetByText("grade revision 2"));
        await shots.TakeAsync(page, "essay-regraded");

        await page.GotoAsync($"/studio/quizzes/{quizId}");
        await page.GetByLabel("Time limit in minutes (empty for none)").FillAsync("45");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Pages.Expect(page.GetByText("The quiz's settings are saved."));
        await Pages.Expect(page.GetByText("45 minutes, then 60 seconds' grace"));
        await shots.TakeAsync(page, "quiz-settings-changed");
        await page.GetByRole(AriaRole.Link, new() { Name = "Item analysis" }).ClickAsync();
        await Pages.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Facility index by question" }));
        await Pages.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Statistics of each question" }));
        await shots.TakeAsync(page, "item-analysis");

        var row = page.GetByRole(AriaRole.Row, new() { Name = $"Learner {learner.AccountId.ToString("N")[^8..]}" });
        await Pages.ReloadUntilAsync(page, $"/studio/courses/{courseId}/gradebook", row.GetByText("%"), Patience);
        await Pages.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Grades of each enrolled learner, in percent" }));
        await shots.TakeAsync(page, "gradebook");
    }

    [Fact]
    public async Task Another_instructor_finds_no_studio_page_of_a_course_or_quiz_they_do_not_teach_and_a_learner_is_refused()
    {
        var owner = await portal.ProvisionAsync(Roles.Instructor);
        var course = await CourseAuthoring.PublishAsync(owner, $"Owned course {CourseAuthoring.Marker()}");
        var other = await portal.ProvisionAsync(Roles.Instructor);
        var learner = await portal.ProvisionAsync(Roles.Learner);
        var shots = new Screenshots("studio-refusals");

        var page = await portal.NewPageAsync();
        await Pages.SignInAsync(page, other, "/studio", "Studio");
        foreach (var path in new[]
        {
            $"/studio/courses/{course.CourseId}", $"/studio/courses/{course.CourseId}/gradebook",
            $"/studio/quizzes/{course.QuizId}", $"/studio/quizzes/{course.QuizId}/grading", $"/studio/quizzes/{course.QuizId}/analysis",
        })
        {
            var refused = await page.GotoAsync(path);
            Assert.True(refused!.Status == 404, $"{path} answered {refused.Status}");
            Assert.DoesNotContain(course.Title, await page.ContentAsync(), StringComparison.Ordinal);
        }
        await shots.TakeAsync(page, "other-instructor-not-found");

        var learnerPage = await portal.NewPageAsync();
        await Pages.SignInAsync(learnerPage, learner, "/dashboard", "My learning");
        var denied = await learnerPage.GotoAsync($"/studio/courses/{course.CourseId}/gradebook");
        Assert.Equal(403, denied!.Status);
        await shots.TakeAsync(learnerPage, "learner-denied");
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
