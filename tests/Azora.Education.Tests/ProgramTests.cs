using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Azora.Contracts.Lms;
using Azora.Testing;
using Microsoft.EntityFrameworkCore;
using static Azora.Education.Tests.EducationFixture;

namespace Azora.Education.Tests;

[Collection(EducationCollection.Name)]
public sealed class ProgramTests(EducationFixture fixture)
{
    [Fact]
    public async Task An_instructor_creates_a_program_of_catalog_courses_in_order()
    {
        using var instructor = fixture.NewInstructor(out var instructorId);
        var first = await fixture.PublishCourseAsync(Course(title: "SQL basics"));
        var second = await fixture.PublishCourseAsync(Course(title: "SQL joins"));

        var response = await instructor.PostAsJsonAsync("/api/programs", new
        {
            title = "Data analyst",
            summary = "From tables to insight.",
            kind = "certificate",
            courseIds = new[] { second.CourseId, first.CourseId },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var program = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("certificate", program.GetProperty("kind").GetString());
        Assert.Equal(instructorId, program.GetProperty("ownerId").GetGuid());
        Assert.Equal([second.CourseId, first.CourseId], program.GetProperty("courses").EnumerateArray().Select(c => c.GetProperty("courseId").GetGuid()));
        Assert.Equal(["SQL joins", "SQL basics"], program.GetProperty("courses").EnumerateArray().Select(c => c.GetProperty("title").GetString()));
        using var anonymous = fixture.Anonymous();
        var read = await anonymous.GetFromJsonAsync<JsonElement>(response.Headers.Location!.ToString());
        Assert.Equal("Data analyst", read.GetProperty("title").GetString());
        var listed = await anonymous.GetFromJsonAsync<JsonElement>("/api/programs?kind=certificate&limit=100");
        Assert.Contains(program.GetProperty("id").GetGuid(), listed.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task With_accept_ld_json_a_program_is_a_schema_org_educational_occupational_program()
    {
        using var admin = fixture.Admin();
        var first = await fixture.PublishCourseAsync(Course(title: "Design thinking", skills: ["Empathy maps"]));
        var second = await fixture.PublishCourseAsync(Course(title: "Prototyping", skills: ["Wireframes"]));
        var basics = await CreateAsync(admin, "pathway", [first.CourseId]);
        var id = await CreateAsync(admin, "degree", [first.CourseId, second.CourseId], prerequisites: [basics], priceMinor: 120_000, credential: "Bachelor of Design");

        using var anonymous = fixture.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/programs/{id}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/ld+json"));
        var response = await anonymous.SendAsync(request);

        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ld = document.RootElement;
        Assert.Equal("https://schema.org", ld.GetProperty("@context").GetString());
        Assert.Equal("EducationalOccupationalProgram", ld.GetProperty("@type").GetString());
        Assert.Equal("degree", ld.GetProperty("programType").GetString());
        Assert.Equal("Bachelor of Design", ld.GetProperty("educationalCredentialAwarded").GetProperty("name").GetString());
        var courses = ld.GetProperty("hasCourse").EnumerateArray().ToList();
        Assert.All(courses, c => Assert.Equal("Course", c.GetProperty("@type").GetString()));
        Assert.Equal(["Design thinking", "Prototyping"], courses.Select(c => c.GetProperty("name").GetString()));
        Assert.Equal(["Wireframes"], courses[1].GetProperty("teaches").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(1200m, ld.GetProperty("offers").GetProperty("price").GetDecimal());
        Assert.Equal("ZAR", ld.GetProperty("offers").GetProperty("priceCurrency").GetString());
        Assert.Equal(basics.ToString(), Assert.Single(ld.GetProperty("programPrerequisites").EnumerateArray()).GetProperty("identifier").GetString());
    }

    [Fact]
    public async Task Enrolling_sends_one_enroll_learner_command_per_course_and_enrolling_again_sends_nothing_more()
    {
        using var admin = fixture.Admin();
        using var learner = fixture.NewLearner(out var learnerId);
        var courses = new[] { await fixture.PublishCourseAsync(Course(title: "One")), await fixture.PublishCourseAsync(Course(title: "Two")) };
        var programId = await CreateAsync(admin, "pathway", [.. courses.Select(c => c.CourseId)]);

        var first = await learner.PostAsync($"/api/programs/{programId}/enrollments", null);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var enrollment = await first.Content.ReadFromJsonAsync<JsonElement>();
        await EventuallyAsync(() => Task.FromResult(Sent(learnerId).Count == 2), "both courses' enrolments are sent");

        var again = await learner.PostAsync($"/api/programs/{programId}/enrollments", null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(enrollment.GetProperty("id").GetGuid(), (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        // A third course's enrolment for another program, sent afterwards, shows the queue has moved past any duplicate.
        var marker = await EnrollElsewhereAsync(admin, learner);
        await EventuallyAsync(() => Task.FromResult(Sent(learnerId).Any(c => c.CourseId == marker)), "the later enrolment is sent");

        var sent = Sent(learnerId).Where(c => c.CourseId != marker).ToList();
        Assert.Equal(courses.Select(c => c.CourseId).Order(), sent.Select(c => c.CourseId).Order());
        Assert.Equal(2, sent.Select(c => c.RequestId).Distinct().Count());
        Assert.Equal(1, await fixture.QueryAsync(db => db.ProgramEnrollments.CountAsync(e => e.LearnerId == learnerId && e.ProgramId == programId)));
    }

    [Fact]
    public async Task Concurrent_enrolments_of_one_learner_make_one_enrolment()
    {
        using var admin = fixture.Admin();
        using var learner = fixture.NewLearner(out var learnerId);
        var course = await fixture.PublishCourseAsync(Course(title: "Raced"));
        var programId = await CreateAsync(admin, "certificate", [course.CourseId]);

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => learner.PostAsync($"/api/programs/{programId}/enrollments", null)));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, r.StatusCode.ToString()));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(1, await fixture.QueryAsync(db => db.ProgramEnrollments.CountAsync(e => e.LearnerId == learnerId)));
    }

    [Fact]
    public async Task A_program_completes_once_when_its_last_course_is_completed_even_when_the_event_comes_twice()
    {
        using var admin = fixture.Admin();
        using var learner = fixture.NewLearner(out var learnerId);
        var first = await fixture.PublishCourseAsync(Course(title: "Part one", skills: ["Budgets"]));
        var second = await fixture.PublishCourseAsync(Course(title: "Part two", skills: ["Forecasts"]));
        var programId = await CreateAsync(admin, "certificate", [first.CourseId, second.CourseId]);
        Assert.Equal(HttpStatusCode.Created, (await learner.PostAsync($"/api/programs/{programId}/enrollments", null)).StatusCode);

        await fixture.DeliverAsync(Completed(learnerId, first));
        Assert.Empty(Finished(learnerId));
        var last = Completed(learnerId, second);
        await fixture.DeliverAsync(last);
        await fixture.DeliverAsync(last);
        await fixture.DeliverAsync(Completed(learnerId, first));

        var completed = Assert.Single(Finished(learnerId));
        Assert.Equal(programId, completed.ProgramId);
        Assert.Equal("certificate", completed.Kind);
        Assert.Equal(["Budgets", "Forecasts"], completed.Skills);
        Assert.Equal(last.CompletedAt, completed.CompletedAt);
        Assert.Equal(1, await fixture.QueryAsync(db => db.ProgramCompletions.CountAsync(c => c.LearnerId == learnerId)));
    }

    [Fact]
    public async Task Prerequisite_programs_must_be_completed_before_enrolling()
    {
        using var admin = fixture.Admin();
        using var learner = fixture.NewLearner(out var learnerId);
        var basics = await fixture.PublishCourseAsync(Course(title: "Basics"));
        var advanced = await fixture.PublishCourseAsync(Course(title: "Advanced"));
        var foundation = await CreateAsync(admin, "certificate", [basics.CourseId], title: "Foundation");
        var degree = await CreateAsync(admin, "degree", [advanced.CourseId], prerequisites: [foundation]);

        var refused = await Problems.AssertProblemAsync(await learner.PostAsync($"/api/programs/{degree}/enrollments", null), HttpStatusCode.Conflict);
        Assert.Contains("Foundation", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await fixture.QueryAsync(db => db.ProgramEnrollments.CountAsync(e => e.LearnerId == learnerId)));

        Assert.Equal(HttpStatusCode.Created, (await learner.PostAsync($"/api/programs/{foundation}/enrollments", null)).StatusCode);
        await fixture.DeliverAsync(Completed(learnerId, basics));
        Assert.Equal(HttpStatusCode.Created, (await learner.PostAsync($"/api/programs/{degree}/enrollments", null)).StatusCode);
    }

    [Fact]
    public async Task Enrolling_in_a_program_whose_courses_are_already_completed_completes_it_at_once()
    {
        using var admin = fixture.Admin();
        using var learner = fixture.NewLearner(out var learnerId);
        var course = await fixture.PublishCourseAsync(Course(title: "Done before"));
        await fixture.DeliverAsync(Completed(learnerId, course));
        var programId = await CreateAsync(admin, "pathway", [course.CourseId]);

        var response = await learner.PostAsync($"/api/programs/{programId}/enrollments", null);

        Assert.NotEqual(JsonValueKind.Null, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("completedAt").ValueKind);
        await EventuallyAsync(() => Task.FromResult(Finished(learnerId).Count == 1), "the program's completion is published");
    }

    [Fact]
    public async Task A_priced_program_refuses_enrolment_until_payments_arrive()
    {
        using var admin = fixture.Admin();
        using var learner = fixture.NewLearner(out var learnerId);
        var course = await fixture.PublishCourseAsync(Course(title: "Premium"));
        var programId = await CreateAsync(admin, "certificate", [course.CourseId], priceMinor: 5000);

        await Problems.AssertProblemAsync(await learner.PostAsync($"/api/programs/{programId}/enrollments", null), HttpStatusCode.Conflict);
        Assert.Equal(0, await fixture.QueryAsync(db => db.ProgramEnrollments.CountAsync(e => e.LearnerId == learnerId)));
    }

    [Fact]
    public async Task Only_instructors_and_admins_create_programs_and_only_learners_enrol()
    {
        using var learner = fixture.NewLearner(out _);
        using var guardian = fixture.NewGuardian(out _);
        using var instructor = fixture.NewInstructor(out _);
        using var anonymous = fixture.Anonymous();
        var course = await fixture.PublishCourseAsync(Course(title: "Guarded"));
        var body = new { title = "Nope", summary = "No.", kind = "certificate", courseIds = new[] { course.CourseId } };
        var before = await fixture.QueryAsync(db => db.Programs.CountAsync());

        Assert.Equal(HttpStatusCode.Forbidden, (await learner.PostAsJsonAsync("/api/programs", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await guardian.PostAsJsonAsync("/api/programs", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/programs", body)).StatusCode);
        Assert.Equal(before, await fixture.QueryAsync(db => db.Programs.CountAsync()));

        var programId = await CreateAsync(instructor, "certificate", [course.CourseId]);
        Assert.Equal(HttpStatusCode.Forbidden, (await instructor.PostAsync($"/api/programs/{programId}/enrollments", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync($"/api/programs/{programId}/enrollments", null)).StatusCode);
    }

    [Fact]
    public async Task Bad_programs_are_refused_naming_the_field_and_nothing_is_created()
    {
        using var instructor = fixture.NewInstructor(out _);
        var course = await fixture.PublishCourseAsync(Course(title: "Valid"));
        var hidden = await fixture.PublishCourseAsync(Course(title: "Hidden"));
        await fixture.DeliverAsync(new CourseUnpublished(hidden.CourseId, hidden.PublishedAt.AddSeconds(1)));
        var before = await fixture.QueryAsync(db => db.Programs.CountAsync());
        object Body(string? title = "T", string? kind = "certificate", object? courseIds = null, object? prerequisites = null, object? price = null, string? currency = null) =>
            new { title, summary = "S", kind, courseIds = courseIds ?? new[] { course.CourseId }, prerequisiteProgramIds = prerequisites, priceMinor = price, currency };

        await Problems.AssertFieldErrorAsync(await instructor.PostAsJsonAsync("/api/programs", Body(title: null)), "title");
        await Problems.AssertFieldErrorAsync(await instructor.PostAsJsonAsync("/api/programs", Body(title: new string('t', 201))), "title");
        await Problems.AssertFieldErrorAsync(await instructor.PostAsJsonAsync("/api/programs", Body(kind: "diploma")), "kind");
        await Problems.AssertFieldErrorAsync(await instructor.PostAsJsonAsync("/api/programs", Body(courseIds: Array.Empty<Guid>())), "courseIds");
        await Problems.AssertFieldErrorAsync(await instructor.PostAsJsonAsync("/api/programs", Body(courseIds: new[] { course.CourseId, course.CourseId })), "courseIds");
        await Problems.AssertFieldErrorAsync(await instructor.PostAsJsonAsync("/api/programs", Body(courseIds: new[] { Guid.CreateVersion7() })), "courseIds");
        await Problems.AssertFieldErrorAsync(await instructor.PostAsJsonAsync("/api/programs", Body(courseIds: new[] { hidden.CourseId })), "courseIds");
        await Problems.AssertFieldErrorAsync(await instructor.PostAsJsonAsync("/api/programs", Body(courseIds: new[] { "not-a-guid" })), "courseIds[0]");
        await Problems.AssertFieldErrorAsync(await instructor.PostAsJsonAsync("/api/programs", Body(courseIds: Enumerable.Range(0, 51).Select(_ => Guid.CreateVersion7()).ToArray())), "courseIds");
        await Problems.AssertFieldErrorAsync(await instructor.PostAsJsonAsync("/api/programs", Body(prerequisites: new[] { Guid.CreateVersion7() })), "prerequisiteProgramIds");
        await Problems.AssertFieldErrorAsync(await instructor.PostAsJsonAsync("/api/programs", Body(price: -1)), "priceMinor");
        await Problems.AssertFieldErrorAsync(await instructor.PostAsJsonAsync("/api/programs", Body(price: "free")), "priceMinor");
        await Problems.AssertFieldErrorAsync(await instructor.PostAsJsonAsync("/api/programs", Body(currency: "rand")), "currency");
        await Problems.AssertProblemAsync(await instructor.PostAsync("/api/programs", new StringContent("[]", System.Text.Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);

        Assert.Equal(before, await fixture.QueryAsync(db => db.Programs.CountAsync()));
        using var anonymous = fixture.Anonymous();
        await Problems.AssertProblemAsync(await anonymous.GetAsync($"/api/programs/{Guid.CreateVersion7()}"), HttpStatusCode.NotFound);
        await Problems.AssertFieldErrorAsync(await anonymous.GetAsync("/api/programs?kind=diploma"), "kind");
        await Problems.AssertFieldErrorAsync(await anonymous.GetAsync("/api/programs?cursor=%%%"), "cursor");
        using var learner = fixture.NewLearner(out _);
        await Problems.AssertProblemAsync(await learner.PostAsync($"/api/programs/{Guid.CreateVersion7()}/enrollments", null), HttpStatusCode.NotFound);
    }

    private async Task<Guid> EnrollElsewhereAsync(HttpClient admin, HttpClient learner)
    {
        var course = await fixture.PublishCourseAsync(Course(title: "Elsewhere"));
        var programId = await CreateAsync(admin, "pathway", [course.CourseId]);
        Assert.Equal(HttpStatusCode.Created, (await learner.PostAsync($"/api/programs/{programId}/enrollments", null)).StatusCode);
        return course.CourseId;
    }

    private static List<EnrollLearner> Sent(Guid learnerId) => [.. EnrollLearnerRecorder.Received.Where(c => c.LearnerId == learnerId)];

    private static List<Azora.Contracts.Education.ProgramCompleted> Finished(Guid learnerId) =>
        [.. ProgramCompletedRecorder.Received.Where(c => c.LearnerId == learnerId)];

    private static CourseCompleted Completed(Guid learnerId, CoursePublished course) =>
        new(learnerId, course.CourseId, course.Title, course.Summary, course.Skills, 88.5m, DateTimeOffset.UtcNow);

    public static async Task<Guid> CreateAsync(
        HttpClient author, string kind, Guid[] courseIds, Guid[]? prerequisites = null, long priceMinor = 0, string? credential = null, string title = "Program")
    {
        var response = await author.PostAsJsonAsync("/api/programs", new
        {
            title,
            summary = "A program.",
            kind,
            courseIds,
            prerequisiteProgramIds = prerequisites,
            priceMinor,
            credentialAwarded = credential,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
