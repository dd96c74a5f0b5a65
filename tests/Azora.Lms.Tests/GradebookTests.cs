using System.Net;
using System.Net.Http.Json;
using Azora.Testing;
using static Azora.Lms.Tests.Lms;

namespace Azora.Lms.Tests;

/// <summary>The gradebook through the API: categories, weights, drop-lowest, best attempts, and who sees which rows.</summary>
[Collection(LmsCollection.Name)]
public sealed class GradebookTests(LmsFixture fixture)
{
    private sealed record GradedCourse(Guid Id, Guid[] QuizIds, Guid ExamId);

    private async Task<GradedCourse> CourseWithCategoriesAsync(HttpClient instructor)
    {
        var course = await CreateCourseAsync(instructor);
        var categories = await instructor.PutAsJsonAsync($"/api/courses/{course}/gradebook/categories", new
        {
            categories = new object[] { new { name = "Quizzes", weight = 60, dropLowest = 1 }, new { name = "Exam", weight = 40, dropLowest = 0 } },
        });
        await ExpectAsync(categories, HttpStatusCode.OK);
        var module = await AddModuleAsync(instructor, course);
        Guid[] quizzes = [Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7()];
        for (var i = 0; i < quizzes.Length; i++)
        {
            await AddLessonAsync(instructor, module, Quiz(quizzes[i], $"Quiz {i + 1}", "Quizzes", required: false));
        }
        var exam = Guid.CreateVersion7();
        await AddLessonAsync(instructor, module, Quiz(exam, "Final exam", "Exam"));
        await PublishAsync(instructor, course);
        return new GradedCourse(course, quizzes, exam);
    }

    [Fact]
    public async Task The_grade_weights_categories_drops_the_lowest_quiz_and_keeps_each_quizs_best_attempt()
    {
        using var instructor = fixture.NewInstructor();
        using var alice = fixture.NewLearner();
        using var bob = fixture.NewLearner();
        var course = await CourseWithCategoriesAsync(instructor.Client);
        await EnrolAsync(alice.Client, course.Id);
        await EnrolAsync(bob.Client, course.Id);

        // Alice: quizzes 50, 70 (after a 40), 90 -> drop 50 -> 80; exam 65. 0.6 * 80 + 0.4 * 65 = 74.
        await fixture.DeliverAsync(Graded(course.QuizIds[0], alice.Id, 50, passed: false));
        await fixture.DeliverAsync(Graded(course.QuizIds[1], alice.Id, 40, passed: false));
        await fixture.DeliverAsync(Graded(course.QuizIds[1], alice.Id, 70, passed: true, attemptNumber: 2));
        await fixture.DeliverAsync(Graded(course.QuizIds[2], alice.Id, 90, passed: true));
        await fixture.DeliverAsync(Graded(course.ExamId, alice.Id, 65, passed: true));
        // Bob: only the exam so far -> the quiz category is left out -> 88.
        await fixture.DeliverAsync(Graded(course.ExamId, bob.Id, 88, passed: true));

        var book = await GetAsync(instructor.Client, $"/api/courses/{course.Id}/gradebook");
        var own = await GetAsync(alice.Client, $"/api/courses/{course.Id}/gradebook");

        var rows = book.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("learnerId").GetGuid());
        Assert.Equal(74m, rows[alice.Id].GetProperty("grade").GetDecimal());
        Assert.Equal(88m, rows[bob.Id].GetProperty("grade").GetDecimal());
        var quizzes = rows[alice.Id].GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "Quizzes");
        Assert.Equal(80m, quizzes.GetProperty("average").GetDecimal());
        Assert.Equal(1, quizzes.GetProperty("dropped").GetInt32());
        var ownRow = Assert.Single(own.GetProperty("rows").EnumerateArray());
        Assert.Equal(alice.Id, ownRow.GetProperty("learnerId").GetGuid());
        Assert.Equal(70m, ownRow.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "Quiz 2").GetProperty("bestPercent").GetDecimal());
        // Alice passed the one required quiz (the exam), so the course is complete with her weighted grade.
        Assert.Equal(74m, Assert.Single(fixture.Received.CoursesCompleted, c => c.LearnerId == alice.Id).Grade);
    }

    [Fact]
    public async Task Gradings_that_arrive_together_and_twice_each_complete_each_lesson_and_the_course_once()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var course = await CourseWithCategoriesAsync(instructor.Client);
        await EnrolAsync(learner.Client, course.Id);
        var gradings = course.QuizIds.Append(course.ExamId).Select(quiz => Graded(quiz, learner.Id, 80, passed: true)).ToList();

        // All eight at once: azora-lms handles the ones that wait together, on one recorder and in one commit.
        await fixture.WhileTrackingAsync(async context =>
        {
            foreach (var graded in gradings.Concat(gradings))
            {
                await context.PublishAsync(graded);
            }
        });

        Assert.Equal(4, fixture.Received.LessonsCompleted.Count(l => l.LearnerId == learner.Id));
        Assert.Equal(80m, Assert.Single(fixture.Received.CoursesCompleted, c => c.LearnerId == learner.Id).Grade);
        var book = await GetAsync(learner.Client, $"/api/courses/{course.Id}/gradebook");
        Assert.Equal(80m, Assert.Single(book.GetProperty("rows").EnumerateArray()).GetProperty("grade").GetDecimal());
    }

    [Fact]
    public async Task A_regrade_replaces_the_attempts_earlier_grade_and_a_repeated_grading_changes_nothing()
    {
        using var instructor = fixture.NewInstructor();
        using var learner = fixture.NewLearner();
        var course = await CourseWithCategoriesAsync(instructor.Client);
        await EnrolAsync(learner.Client, course.Id);
        var attempt = Guid.CreateVersion7();

        await fixture.DeliverAsync(Graded(course.QuizIds[0], learner.Id, 60, passed: true, attemptId: attempt));
        await fixture.DeliverAsync(Graded(course.QuizIds[0], learner.Id, 45, passed: false, attemptId: attempt, revision: 2));
        await fixture.DeliverAsync(Graded(course.QuizIds[0], learner.Id, 99, passed: true, attemptId: attempt, revision: 2));

        var own = await GetAsync(learner.Client, $"/api/courses/{course.Id}/gradebook");
        var item = own.GetProperty("rows")[0].GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "Quiz 1");
        Assert.Equal(45m, item.GetProperty("bestPercent").GetDecimal());
    }

    [Theory]
    [InlineData("""{"categories":[{"name":"Quizzes","weight":60},{"name":"Exam","weight":30}]}""")]
    [InlineData("""{"categories":[{"name":"Quizzes","weight":50},{"name":"Quizzes","weight":50}]}""")]
    [InlineData("""{"categories":[{"name":"","weight":100}]}""")]
    [InlineData("""{"categories":[{"name":"Quizzes","weight":100,"dropLowest":-1}]}""")]
    [InlineData("""{"categories":[{"name":"Exam","weight":100}]}""")]
    public async Task Categories_that_do_not_add_up_or_leave_quizzes_uncategorised_are_refused(string json)
    {
        using var instructor = fixture.NewInstructor();
        var course = await CourseWithCategoriesAsync(instructor.Client);

        var response = await instructor.Client.PutAsync($"/api/courses/{course.Id}/gradebook/categories", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await Problems.AssertFieldErrorAsync(response, "categories");
        var read = await GetAsync(instructor.Client, $"/api/courses/{course.Id}");
        Assert.Equal(["Exam", "Quizzes"], read.GetProperty("gradeCategories").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_quiz_lesson_must_use_one_of_the_courses_categories()
    {
        using var instructor = fixture.NewInstructor();
        var course = await CourseWithCategoriesAsync(instructor.Client);
        var module = (await GetAsync(instructor.Client, $"/api/courses/{course.Id}")).GetProperty("modules")[0].GetProperty("id").GetGuid();

        var response = await instructor.Client.PostAsJsonAsync($"/api/modules/{module}/lessons", Quiz(Guid.CreateVersion7(), gradeCategory: "Homework"));

        await Problems.AssertFieldErrorAsync(response, "gradeCategory");
        Assert.Equal(4, (await GetAsync(instructor.Client, $"/api/courses/{course.Id}")).GetProperty("modules")[0].GetProperty("lessons").GetArrayLength());
    }
}
