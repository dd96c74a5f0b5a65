using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts;
using Azora.Contracts.Lms;
using Azora.Contracts.UserService;
using Azora.Seeding;
using Azora.Testing;
using Azora.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Tracking;

namespace Azora.Platform.Tests.Journey;

/// <summary>
/// The learning journey on the whole platform hosted as `azora run` hosts it, every call through the gateway with
/// tokens from session-service: an instructor authors and publishes a course with a quiz; a learner signs up, finds it
/// in the catalog, enrols, does the lessons, fails and then passes the quiz, completes the course, earns one credential
/// and one course reward however often CourseCompleted is delivered; and nobody reads or changes what is not theirs.
/// Runs on SQLite and on PostgreSQL.
/// </summary>
public abstract class LearningJourney : IAsyncLifetime
{
    private const int PassMark = 60;
    private const string QuizCategory = "Quizzes";
    // payment-service's reward defaults (RewardOptions, Azora:Rewards), in hundredths of an AZR.
    private const long LessonReward = 100;
    private const long PassedAttemptReward = 250;
    private const long CourseReward = 1_000;
    private const long DailyRewardCap = 2_000;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>Single-choice questions: the text, its choices, and the index of the right one.</summary>
    private static readonly (string Text, string[] Choices, int Correct)[] Questions =
    [
        ("Which planet is closest to the sun?", ["Venus", "Mercury", "Mars"], 1),
        ("How many sides has a hexagon?", ["Five", "Six", "Eight"], 1),
        ("Which gas do plants take in to photosynthesise?", ["Carbon dioxide", "Oxygen", "Nitrogen"], 0),
    ];

    private TestPlatform _platform = null!;
    private HttpClient _gateway = null!;

    protected abstract Task<IDictionary<string, string?>> DatabaseSettingsAsync();

    public async Task InitializeAsync()
    {
        var settings = await DatabaseSettingsAsync();
        settings["Azora:Gateway:RateLimit:PermitLimit"] = "100000";
        _platform = await TestPlatform.StartAsync(settings: settings);
        await _platform.WaitUntilRoutedAsync();
        _gateway = _platform.Gateway();
    }

    public async Task DisposeAsync()
    {
        _gateway.Dispose();
        await _platform.DisposeAsync();
    }

    [Fact]
    public async Task A_learner_finds_a_course_fails_then_passes_its_quiz_and_earns_one_verifiable_credential_and_one_reward()
    {
        var instructor = await ProvisionedAsync(Roles.Instructor, Roles.Learner);
        var marker = Marker();
        var course = await AuthorCourseAsync(instructor, $"Everyday science {marker}");
        var learner = await SignedUpLearnerAsync();

        var found = await PollAsync(() => _gateway.GetFromJsonAsync<JsonElement>($"/azora-education/api/catalog?q={marker}"),
            page => page.GetProperty("items").GetArrayLength() == 1);
        Assert.Equal(course.Id, found.GetProperty("items")[0].GetProperty("courseId").GetGuid());

        var progress = await EnrolAsync(learner, course.Id);
        await CompleteContentLessonsAsync(learner, progress);

        var failed = await TakeQuizAsync(learner, course.QuizId, correctly: false);
        Assert.False(failed.GetProperty("passed").GetBoolean());
        var afterFailing = await PollAsync(() => learner.GetAsync($"/azora-lms/api/courses/{course.Id}/progress", default),
            p => QuizLesson(p).GetProperty("quizPassed").ValueKind == JsonValueKind.False);
        Assert.Equal(JsonValueKind.Null, afterFailing.GetProperty("completedAt").ValueKind);

        var passed = await TakeQuizAsync(learner, course.QuizId, correctly: true);
        Assert.True(passed.GetProperty("passed").GetBoolean());
        var completed = await PollAsync(() => learner.GetAsync($"/azora-lms/api/courses/{course.Id}/progress", default),
            p => p.GetProperty("completedAt").ValueKind != JsonValueKind.Null);
        Assert.NotEqual(JsonValueKind.Null, completed.GetProperty("completedAt").ValueKind);
        Assert.True(QuizLesson(completed).GetProperty("done").GetBoolean());

        // Three lessons (two to read, one quiz passed), one passed attempt and the course, up to the daily cap.
        var expectedAzr = Math.Min((3 * LessonReward) + PassedAttemptReward + CourseReward, DailyRewardCap);
        var credential = await PollAsync(() => CourseCredentialsAsync(learner, course.Id), found => found.Count == 1);
        Assert.Single(credential);
        Assert.Equal(expectedAzr, await PollAsync(() => AzrBalanceAsync(learner), balance => balance == expectedAzr));

        var redelivered = new CourseCompleted(learner.AccountId, course.Id, course.Title, course.Summary, course.Skills,
            completed.GetProperty("grade").GetProperty("grade").GetDecimal(), completed.GetProperty("completedAt").GetDateTimeOffset());
        await DeliverAsync(redelivered);
        await DeliverAsync(redelivered);

        Assert.Single(await CourseCredentialsAsync(learner, course.Id));
        Assert.Equal(expectedAzr, await AzrBalanceAsync(learner));

        var checks = await VerifiedChecksAsync(credential[0].GetProperty("credential"));
        Assert.Equal("passed", checks["proof"]);
        Assert.Equal("passed", checks["issuerKey"]);
        Assert.Equal("passed", checks["status"]);
        Assert.Equal("passed", checks["validity"]);
        Assert.Equal("passed", checks["auditLog"]);
    }

    [Fact]
    public async Task Nobody_edits_another_instructors_course_or_reads_another_learners_progress_and_guardians_see_only_consenting_learners()
    {
        var instructor = await ProvisionedAsync(Roles.Instructor, Roles.Learner);
        var otherInstructor = await ProvisionedAsync(Roles.Instructor, Roles.Learner);
        var course = await AuthorCourseAsync(instructor, $"Everyday science {Marker()}");
        var learner = await SignedUpLearnerAsync();
        var otherLearner = await SignedUpLearnerAsync();
        await EnrolAsync(learner, course.Id);
        await EnrolAsync(otherLearner, course.Id);
        var othersAttempt = await TakeQuizAsync(otherLearner, course.QuizId, correctly: false);

        var edit = CourseBody.Free("Taken over");
        AssertRefused(await learner.SendAsync(HttpMethod.Put, $"/azora-lms/api/courses/{course.Id}", edit));
        AssertRefused(await otherInstructor.SendAsync(HttpMethod.Put, $"/azora-lms/api/courses/{course.Id}", edit));
        AssertRefused(await learner.SendAsync(HttpMethod.Get, $"/azora-lms/api/courses/{course.Id}/progress?learnerId={otherLearner.AccountId}"));
        var othersAttemptPath = $"/azora-assessment/api/attempts/{othersAttempt.GetProperty("id").GetGuid()}";
        Assert.Equal(HttpStatusCode.NotFound, (await learner.SendAsync(HttpMethod.Get, othersAttemptPath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherInstructor.SendAsync(HttpMethod.Get, othersAttemptPath)).StatusCode);
        // Someone else's quiz lists only the caller's own attempts: none.
        Assert.Empty((await otherInstructor.GetAsync($"/azora-assessment/api/quizzes/{course.QuizId}/attempts", default)).EnumerateArray());
        Assert.Single((await instructor.GetAsync($"/azora-assessment/api/quizzes/{course.QuizId}/attempts", default)).EnumerateArray());
        Assert.Equal(course.Title, (await instructor.GetAsync($"/azora-lms/api/courses/{course.Id}", default)).GetProperty("title").GetString());

        var guardian = await ProvisionedAsync(Roles.Guardian);
        var link = await guardian.PostAsync("/azora-education/api/guardians/invitations", new { learnerId = learner.AccountId }, default);
        await guardian.PostAsync("/azora-education/api/guardians/invitations", new { learnerId = otherLearner.AccountId }, default);
        await learner.PostAsync($"/azora-education/api/guardian-links/{link.GetProperty("id").GetGuid()}/accept", null, default);

        var consenting = await guardian.SendAsync(HttpMethod.Get, $"/azora-education/api/guardians/learners/{learner.AccountId}/progress");
        var notConsenting = await guardian.SendAsync(HttpMethod.Get, $"/azora-education/api/guardians/learners/{otherLearner.AccountId}/progress");

        Assert.Equal(HttpStatusCode.OK, consenting.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notConsenting.StatusCode);
    }

    private sealed record AuthoredCourse(Guid Id, Guid QuizId, string Title, string Summary, IReadOnlyList<string> Skills);

    /// <summary>Lessons written and published in azora-content, the quiz in azora-assessment, the course in azora-lms, published.</summary>
    private static async Task<AuthoredCourse> AuthorCourseAsync(Member instructor, string title)
    {
        var quizId = await CreateQuizAsync(instructor);
        var body = CourseBody.Free(title);
        var courseId = (await instructor.PostAsync("/azora-lms/api/courses", body, default)).GetProperty("id").GetGuid();
        await instructor.PutAsync($"/azora-lms/api/courses/{courseId}/gradebook/categories",
            new { categories = new[] { new { name = QuizCategory, weight = 100, dropLowest = 0 } } }, default);
        var moduleId = (await instructor.PostAsync($"/azora-lms/api/courses/{courseId}/modules", new { title = "The basics" }, default)).GetProperty("id").GetGuid();
        foreach (var lesson in new[] { "The solar system", "Shapes around us" })
        {
            var contentItemId = await PublishContentAsync(instructor, lesson);
            await instructor.PostAsync($"/azora-lms/api/modules/{moduleId}/lessons", new { title = lesson, kind = "content", contentItemId }, default);
        }
        await instructor.PostAsync($"/azora-lms/api/modules/{moduleId}/lessons",
            new { title = "Check your understanding", kind = "quiz", quizId, gradeCategory = QuizCategory }, default);
        await instructor.PostAsync($"/azora-lms/api/courses/{courseId}/publish", null, default);
        return new AuthoredCourse(courseId, quizId, title, body.Summary, body.Skills);
    }

    /// <summary>A free course's description, as azora-lms takes it to create or replace one.</summary>
    private sealed record CourseBody(string Title, string Summary, string Subject, string Level, string Language, long PriceMinor, string[] Skills)
    {
        public static CourseBody Free(string title) =>
            new(title, "Planets, shapes and plants in a short course.", "Science", "beginner", "en", 0, ["science", "geometry"]);
    }

    private static async Task<Guid> PublishContentAsync(Member instructor, string title)
    {
        var created = await instructor.PostAsync("/azora-content/api/items",
            new { title, kind = "lesson", markdown = $"# {title}\n\nRead this carefully; the quiz asks about it." }, default);
        var itemId = created.GetProperty("item").GetProperty("id").GetGuid();
        await instructor.PostAsync($"/azora-content/api/items/{itemId}/versions/1/submit", null, default);
        await instructor.PostAsync($"/azora-content/api/items/{itemId}/versions/1/publish", null, default);
        return itemId;
    }

    private static async Task<Guid> CreateQuizAsync(Member instructor)
    {
        var slots = new List<object>();
        foreach (var (text, choices, correct) in Questions)
        {
            var question = await instructor.PostAsync("/azora-assessment/api/questions", new
            {
                type = "singleChoice",
                text,
                choices = choices.Select((choice, index) => new { text = choice, correct = index == correct }).ToArray(),
            }, default);
            slots.Add(new { questionId = question.GetProperty("id").GetGuid() });
        }
        var quiz = await instructor.PostAsync("/azora-assessment/api/quizzes",
            new { title = "Check your understanding", questions = slots, passMarkPercent = PassMark, feedbackMode = "immediate" }, default);
        return quiz.GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> EnrolAsync(Member learner, Guid courseId)
    {
        await learner.PostAsync($"/azora-lms/api/courses/{courseId}/enrollments", null, default);
        return await learner.GetAsync($"/azora-lms/api/courses/{courseId}/progress", default);
    }

    private static async Task CompleteContentLessonsAsync(Member learner, JsonElement progress)
    {
        foreach (var lesson in progress.GetProperty("lessons").EnumerateArray().Where(l => l.GetProperty("kind").GetString() == "content"))
        {
            await learner.PostAsync($"/azora-lms/api/lessons/{lesson.GetProperty("lessonId").GetGuid()}/completion", null, default);
        }
    }

    /// <summary>Starts an attempt, answers every question (rightly or with a wrong choice) and submits it.</summary>
    private static async Task<JsonElement> TakeQuizAsync(Member learner, Guid quizId, bool correctly)
    {
        var attempt = await learner.PostAsync($"/azora-assessment/api/quizzes/{quizId}/attempts", null, default);
        var attemptId = attempt.GetProperty("id").GetGuid();
        var answers = attempt.GetProperty("questions").EnumerateArray().Select(shown =>
        {
            var question = Questions.Single(q => q.Text == shown.GetProperty("text").GetString());
            var choice = correctly ? question.Correct : (question.Correct + 1) % question.Choices.Length;
            return new { position = shown.GetProperty("position").GetInt32(), choices = new[] { ((char)('A' + choice)).ToString() } };
        }).ToArray();
        await learner.PutAsync($"/azora-assessment/api/attempts/{attemptId}/answers", new { answers }, default);
        return await learner.PostAsync($"/azora-assessment/api/attempts/{attemptId}/submit", null, default);
    }

    private static JsonElement QuizLesson(JsonElement progress) =>
        progress.GetProperty("lessons").EnumerateArray().Single(l => l.GetProperty("kind").GetString() == "quiz");

    private static async Task<List<JsonElement>> CourseCredentialsAsync(Member learner, Guid courseId)
    {
        var wallet = await learner.GetAsync("/azora-credentials/api/wallet", default);
        return [.. wallet.GetProperty("items").EnumerateArray().Where(c => c.GetProperty("sourceId").GetGuid() == courseId)];
    }

    private static async Task<long> AzrBalanceAsync(Member learner)
    {
        var wallet = await learner.GetAsync("/payment-service/api/wallet", default);
        return wallet.GetProperty("accounts").EnumerateArray()
            .Where(a => a.GetProperty("currency").GetString() == "AZR" && a.GetProperty("kind").GetString() == "wallet")
            .Sum(a => a.GetProperty("balance").GetInt64());
    }

    /// <summary>
    /// Verifies anonymously once a platform-admin has had the audit log signed over the issuance, so that the answer
    /// carries the inclusion proof; returns each check's result by name.
    /// </summary>
    private async Task<Dictionary<string, string>> VerifiedChecksAsync(JsonElement credential)
    {
        var admin = await ProvisionedAsync(Roles.PlatformAdmin);
        return await PollAsync(async () =>
        {
            await admin.PostAsync("/audit-logging-service/api/log/tree-heads", null, default);
            var response = await _gateway.PostAsJsonAsync("/azora-credentials/api/verify", new { credential });
            var verdict = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(verdict.GetProperty("valid").GetBoolean(), verdict.ToString());
            return verdict.GetProperty("checks").EnumerateArray()
                .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("result").GetString()!);
        }, checks => checks.GetValueOrDefault("auditLog") == "passed");
    }

    /// <summary>Delivers an event as a broker redelivery would, and waits until every service has handled it.</summary>
    private Task DeliverAsync(object message) =>
        _platform.App.TrackActivity().Timeout(Patience).PublishMessageAndWaitAsync(message);

    private async Task<Member> ProvisionedAsync(params string[] roles)
    {
        var person = new Person(_gateway);
        await using (var scope = _platform.App.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<IAccountProvisioner>()
                .CreateAsync(person.Email, person.Password, roles, CancellationToken.None);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        }
        return await SignedInAsync(person);
    }

    private async Task<Member> SignedUpLearnerAsync()
    {
        var person = new Person(_gateway);
        await person.SignUpAndVerifyAsync();
        return await SignedInAsync(person);
    }

    private async Task<Member> SignedInAsync(Person person)
    {
        var tokens = await person.SignInAsync();
        Assert.True(tokens.Status == HttpStatusCode.OK, tokens.Body.ToString());
        var me = await new ApiCaller(_gateway, tokens.AccessToken, Guid.Empty).GetAsync("/user-service/api/accounts/me", default);
        return new Member(person, tokens.AccessToken, new ApiCaller(_gateway, tokens.AccessToken, me.GetProperty("id").GetGuid()));
    }
    /// <summary>A letters-only word unique to one test, to find its course by text search.</summary>
    private static string Marker() =>
        "journey" + new string([.. Guid.NewGuid().ToString("N")[..12].Select(c => char.IsAsciiDigit(c) ? (char)('g' + (c - '0')) : c)]);

    /// <summary>Another person's course, quiz or progress is hidden (404) or refused (403), never shown or changed.</summary>
    private static void AssertRefused(HttpResponseMessage response) =>
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}.");

    /// <summary>Events travel asynchronously: ask again until the condition holds, failing after a deadline.</summary>
    private static async Task<T> PollAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Gave up waiting; the last answer was {JsonSerializer.Serialize(value)}.");
            await Task.Delay(200);
        }
    }

    /// <summary>A signed-in person: calls that must succeed through <see cref="ApiCaller"/>, any call through <see cref="SendAsync"/>.</summary>
    private sealed class Member(Person person, string accessToken, ApiCaller api)
    {
        public Guid AccountId => api.AccountId;

        public Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken) => api.GetAsync(path, cancellationToken);

        public Task<JsonElement> PostAsync(string path, object? body, CancellationToken cancellationToken) => api.PostAsync(path, body, cancellationToken);

        public Task<JsonElement> PutAsync(string path, object? body, CancellationToken cancellationToken) => api.PutAsync(path, body, cancellationToken);

        public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null) => person.SendAsync(method, path, accessToken, body);
    }
}

public sealed class SqliteLearningJourneyTests : LearningJourney
{
    protected override Task<IDictionary<string, string?>> DatabaseSettingsAsync() =>
        Task.FromResult<IDictionary<string, string?>>(new Dictionary<string, string?>());
}

[Collection(PostgresFixture.Collection)]
public sealed class PostgresLearningJourneyTests(PostgresFixture postgres) : LearningJourney
{
    protected override async Task<IDictionary<string, string?>> DatabaseSettingsAsync() => new Dictionary<string, string?>
    {
        ["Azora:Database"] = "Postgres",
        ["ConnectionStrings:Postgres"] = await postgres.Server.CreateDatabaseAsync("learning"),
    };
}
